export { syncRoutes } from './sync-routes';
export { ChangeNotifier } from './change-notifier';
export { pullRequests } from './pull';
export { pushRequests } from './push';
