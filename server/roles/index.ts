export { parsePortalRole, runsWorker, servesApi, PORTAL_ROLES, type PortalRole } from './portal-role';
export { startWorkerRole, type WorkerRole, type WorkerRoleOptions } from './worker-role';
export { keepLease, tryHoldLease, releaseLease, LEASE_ID, type LeaseDoc } from './worker-lease';
