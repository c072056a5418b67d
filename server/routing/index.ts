export { startRoutingWorker, routeOne, type RoutingWorker } from './routing-worker';
export { assignReference } from './reference-counter';
