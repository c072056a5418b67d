export { opsRoutes } from './ops-routes';
export { registry, syncPulls, syncPushes, conflictsResolved, routingLag, observeRoutingLag, liveStreams, storeErrors } from './metrics';
