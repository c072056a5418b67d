export { startRoutingWorker, routeOne, type RoutingWorker } from './routing-worker';
export { assignReference, assignReferences } from './reference-counter';
export { routeBatch } from './routing-worker';
export { readRoutingOverrides, saveRoutingOverride, RoutingConflictError, type StoredOverrides } from './routing-overrides';
