export { syncRoutes } from './sync-routes';
export { ChangeNotifier } from './change-notifier';
export { pullRequests } from './pull';
export { pushRequests } from './push';
export { ownedChanges } from './owned-changes';
export { batchSizeOf, checkpointOf, CHECKPOINT_MAX_CHARS } from './checkpoint';
