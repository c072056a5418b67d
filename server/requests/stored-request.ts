import type { RequestDoc } from '../../domain/request/request-document';
import type { SyncedDoc } from '../../domain/sync/sync-protocol';

/**
 * A clerk's decision as the audit trail records it, kept in the request document it changed:
 * written in the same write as the status change, so the two can never diverge. The worker (or
 * the deciding process at once) chains it into the department's audit trail; never sent to a device.
 */
export interface DecisionRecord {
  id: string;
  at: string;
  department: string;
  actorId: string;
  actorName: string;
  action: string;
  reference?: string;
  detail?: Record<string, string | number>;
}

/**
 * A request as CouchDB stores it: the device's document plus its owner. Deleting a draft keeps
 * a tombstone with the owner (`deleted: true`) instead of a CouchDB deletion, so the owner's
 * other devices still learn about it through the owner index.
 */
export interface StoredRequest extends Omit<RequestDoc, 'id' | 'serverRev'> {
  _id: string;
  _rev?: string;
  type: 'request';
  owner: string;
  deleted?: boolean;
  /** Server-only: clerks' decisions on it, for the audit trail (server/audit/decision-chainer.ts). */
  decisions?: DecisionRecord[];
  /** Server-only: the inbox search's folded words (server/requests/search-words.ts), never sent to a device. */
  search?: { v: number; words: string[] };
  /** Server-only: a copy of who works the case (server/clerk/casework.ts), for the inbox's views; never sent to a device. */
  assignedTo?: { id: string; department: string };
}

/** The device's view: no owner, the CouchDB revision as `serverRev`. */
export function toDeviceDoc(stored: StoredRequest): SyncedDoc<RequestDoc> {
  const { _id, _rev, type: _type, owner: _owner, deleted, decisions: _decisions, search: _search, assignedTo: _assignedTo, ...withPickup } = stored;
  // The disposer's record (server/disposer) reaches the device as a history entry, not as a field.
  const { pickup: _pickup, ...rest } = withPickup as typeof withPickup & { pickup?: unknown };
  return { ...rest, id: _id, ...(_rev ? { serverRev: _rev } : {}), _deleted: Boolean(deleted) };
}

export function toStoredRequest(doc: SyncedDoc<RequestDoc>, owner: string, rev?: string): StoredRequest {
  const { id, serverRev: _serverRev, _deleted, ...rest } = doc;
  const stored: StoredRequest = { ...rest, _id: id, type: 'request', owner };
  if (rev) stored._rev = rev;
  if (_deleted) stored.deleted = true;
  return stored;
}
