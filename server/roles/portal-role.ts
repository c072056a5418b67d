/**
 * What one server process does (DESIGN.md, "What a CouchDB cluster really promises"):
 * `all` — everything, on one machine (the default); `api` — stateless HTTP only, any number
 * behind a load balancer; `worker` — the background loops whose decisions must be unique
 * (routing and numbering, conflict resolution, reconciliation, retention), one active at a time.
 */
export const PORTAL_ROLES = ['all', 'api', 'worker'] as const;
export type PortalRole = (typeof PORTAL_ROLES)[number];

export function parsePortalRole(value: string | undefined): PortalRole {
  if (value === undefined || value === '') return 'all';
  if ((PORTAL_ROLES as readonly string[]).includes(value)) return value as PortalRole;
  throw new Error(`PORTAL_ROLE „${value}“ ist unbekannt; erlaubt sind ${PORTAL_ROLES.join(', ')}.`);
}

/** Whether a process of this role serves the HTTP API. */
export const servesApi = (role: PortalRole) => role !== 'worker';
/** Whether a process of this role competes for the worker lease. */
export const runsWorker = (role: PortalRole) => role !== 'api';
