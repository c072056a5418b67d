import type { RoutingOverride, RoutingOverrides } from '../../domain/catalogue/routing-overrides';
import { activeDepartmentIds } from '../departments';
import { getOrNull, isConflict, type Store } from '../store';

/**
 * The administrator's routing overrides: ONE document in the users database, written with its
 * `_rev`. An administrator saves against the revision they read; if anyone saved in between,
 * the store refuses (409) and they see the other change before deciding again.
 */
const DOC_ID = 'settings:routing-overrides';

interface OverridesDoc {
  _id: string;
  _rev?: string;
  type: 'routingOverrides';
  services: Record<string, RoutingOverride>;
  updatedAt: string;
  updatedBy: string;
}

export interface StoredOverrides {
  /** The document's revision, `null` while nobody has saved any override. */
  rev: string | null;
  services: RoutingOverrides;
}

export class RoutingConflictError extends Error {
  constructor() {
    super('routing overrides changed meanwhile');
  }
}

export async function readRoutingOverrides(store: Store): Promise<StoredOverrides> {
  const doc = await getOrNull<OverridesDoc>(store.users, DOC_ID);
  return { rev: doc?._rev ?? null, services: doc?.services ?? {} };
}

/** Sets one service's override (an empty one removes it), if the document is still at `rev`. */
export async function saveRoutingOverride(
  store: Store,
  serviceId: string,
  override: RoutingOverride,
  rev: string | null,
  byUserId: string,
): Promise<StoredOverrides> {
  const doc = await getOrNull<OverridesDoc>(store.users, DOC_ID);
  if ((doc?._rev ?? null) !== rev) throw new RoutingConflictError();
  const services = { ...(doc?.services ?? {}) };
  if (Object.keys(override).length) services[serviceId] = override;
  else delete services[serviceId];
  const next: OverridesDoc = {
    _id: DOC_ID,
    ...(rev ? { _rev: rev } : {}),
    type: 'routingOverrides',
    services,
    updatedAt: new Date().toISOString(),
    updatedBy: byUserId,
  };
  try {
    const written = await store.users.insert(next);
    return { rev: written.rev, services };
  } catch (err) {
    // Someone saved between our read and our write: the store decided, as it should.
    if (isConflict(err)) throw new RoutingConflictError();
    throw err;
  }
}

/** What routing needs besides the catalogue, read fresh for every batch so a change holds at once. */
export interface RoutingContext {
  overrides: RoutingOverrides;
  takesRequests(department: string): boolean;
}

export async function readRoutingContext(store: Store): Promise<RoutingContext> {
  const [{ services }, active] = await Promise.all([readRoutingOverrides(store), activeDepartmentIds(store)]);
  return { overrides: services, takesRequests: (d) => active.has(d) };
}
