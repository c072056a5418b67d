import { findService } from '../../domain/catalogue';
import { FINAL_STATUSES, type RequestStatus } from '../../domain/lifecycle/request-status';
import { appendAudit } from '../audit';
import { removeCasework } from '../clerk/casework';
import { deleteRequestFiles } from '../files';
import type { Logger } from '../logger';
import type { StoredRequest } from '../requests';
import { isConflict, type Store } from '../store';

/** Used when a service names no retention period (the catalogue's default for closed requests). */
export const DEFAULT_RETENTION_DAYS = 730;
const DAY_MS = 86_400_000;

/** When a closed request was closed: the history entry that set its final status. */
export function closedAt(doc: Pick<StoredRequest, 'history' | 'status' | 'updatedAt'>): string {
  const entry = [...doc.history].reverse().find((h) => h.status === doc.status);
  return entry?.at ?? doc.updatedAt;
}

export function retentionDaysOf(doc: Pick<StoredRequest, 'serviceId' | 'catalogueVersion'>): number {
  const service = findService(doc.serviceId, doc.catalogueVersion) ?? findService(doc.serviceId);
  return service?.retentionDays ?? DEFAULT_RETENTION_DAYS;
}

export interface DeletedRecord {
  /** Random UUID: says which record went, nothing about the person. */
  requestId: string;
  serviceId: string;
  status: RequestStatus;
  closedOn: string;
  messages: number;
  internalDocs: number;
  files: number;
}

/**
 * Replaces a closed request by a tombstone that keeps only what sync needs to remove it from the
 * citizen's devices (id, owner, `deleted`); answers, history, reference and department go.
 */
function tombstone(doc: StoredRequest): StoredRequest {
  return {
    _id: doc._id,
    _rev: doc._rev,
    type: 'request',
    owner: doc.owner,
    deleted: true,
    serviceId: doc.serviceId,
    catalogueVersion: doc.catalogueVersion,
    status: doc.status,
    answers: {},
    history: [],
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}

async function deleteMessages(store: Store, requestId: string): Promise<number> {
  const res = await store.messages.find({ selector: { requestId }, fields: ['_id', '_rev', 'owner', 'from', 'createdAt', 'deleted'], limit: 100_000 } as never);
  const live = (res.docs as { _id: string; _rev: string; owner: string; from: string; createdAt: string; deleted?: boolean }[]).filter((m) => !m.deleted);
  if (live.length === 0) return 0;
  // Tombstones (text and attachment gone) so the devices drop their copies on the next pull.
  await store.messages.bulk({
    docs: live.map((m) => ({ _id: m._id, _rev: m._rev, type: 'message', requestId, owner: m.owner, from: m.from, createdAt: m.createdAt, text: '-', department: '', deleted: true })),
  });
  return live.length;
}

/**
 * Deletes one closed case for good with its messages, the department's notes and its files; the
 * audit names why (`actorName`). Undefined when the case changed meanwhile (the next run decides
 * again). Messages and notes first: a run stopped half-way leaves the request there to find.
 */
export async function deleteClosedCase(store: Store, doc: StoredRequest, actorName: string, logger?: Logger): Promise<DeletedRecord | undefined> {
  const closed = closedAt(doc);
  const messages = await deleteMessages(store, doc._id);
  const internalDocs = await removeCasework(store, doc._id);
  const files = await deleteRequestFiles(store, doc._id);
  try {
    await store.requests.insert(tombstone(doc) as never);
  } catch (err) {
    if (isConflict(err)) return undefined;
    throw err;
  }
  const record: DeletedRecord = { requestId: doc._id, serviceId: doc.serviceId, status: doc.status, closedOn: closed.slice(0, 10), messages, internalDocs, files };
  if (doc.department) {
    await appendAudit(store, {
      department: doc.department,
      actorId: 'system',
      actorName,
      action: 'retentionDelete',
      requestId: doc._id,
      ...(doc.reference ? { reference: doc.reference } : {}),
    });
  }
  logger?.info({ retention: record }, 'closed request deleted');
  return record;
}

/** Every closed request whose service's retention period has passed by `now`. */
export async function casesPastRetention(store: Store, now: Date): Promise<StoredRequest[]> {
  const due: StoredRequest[] = [];
  for (const status of FINAL_STATUSES) {
    const res = await store.requests.find({
      selector: { status, updatedAt: { $gt: null } },
      limit: 100_000,
      use_index: 'idx-by-status-updated',
    } as never);
    for (const doc of res.docs as StoredRequest[]) {
      if (doc.type !== 'request' || doc.deleted) continue;
      if (Date.parse(closedAt(doc)) + retentionDaysOf(doc) * DAY_MS <= now.getTime()) due.push(doc);
    }
  }
  return due;
}

/**
 * One run of the retention job: every completed, rejected or withdrawn request whose service's
 * retention period has passed since it was closed is deleted for good with its messages and the
 * department's notes — or, when the city's archive is connected (`offer`), offered to it first
 * (hand-over.ts), and deleted only once the archive has decided. The log names what went by id,
 * service and dates only — no personal data.
 */
export async function runRetention(
  store: Store,
  options: { now?: () => Date; logger?: Logger; offer?: (due: StoredRequest[]) => Promise<unknown> } = {},
): Promise<DeletedRecord[]> {
  const now = (options.now ?? (() => new Date()))();
  const due = await casesPastRetention(store, now);
  const deleted: DeletedRecord[] = [];
  if (options.offer) await options.offer(due);
  else {
    for (const doc of due) {
      const record = await deleteClosedCase(store, doc, 'Aufbewahrungsfrist', options.logger);
      if (record) deleted.push(record);
    }
  }
  options.logger?.info({ deleted: deleted.length, due: due.length, offered: Boolean(options.offer) }, 'retention run finished');
  return deleted;
}

/** Runs the retention job shortly after start and then once a day. */
export function startRetentionJob(store: Store, logger: Logger, offer?: (due: StoredRequest[]) => Promise<unknown>, intervalMs = DAY_MS): { stop(): void } {
  const run = () => runRetention(store, { logger, offer }).catch((err: unknown) => logger.warn({ err: (err as Error).message }, 'retention run failed'));
  const first = setTimeout(run, 60_000);
  const timer = setInterval(run, intervalMs);
  first.unref();
  timer.unref();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
