import { Ajv } from 'ajv';
import type { Store } from '../store';
import { PUSHED_REQUEST_SCHEMA, type RequestDoc } from '../../domain/request/request-document';
import type { PushResponseBody, PushRow, SyncedDoc } from '../../domain/sync/sync-protocol';
import { checkCitizenChange } from '../../domain/sync/check-citizen-change';
import { requestStatesEqual } from '../../domain/sync/resolve-request-conflict';
import { citizenNames, toDeviceDoc, toStoredRequest, withSearchWords, type StoredRequest } from '../requests';
import { HttpError } from '../http/api-error';
import { catalogueEntries, lookupService } from '../../domain/catalogue';
import { trustLevelShortfall } from '../../domain/account/service-trust';
import type { TrustLevel } from '../../domain/account/trust-level';
import { isSendRefusal, sendRefusal, type SendRefusal } from '../../domain/sync/send-refusal';

const ajv = new Ajv({ allErrors: true, strict: false });
const validateShape = ajv.compile(PUSHED_REQUEST_SCHEMA);

/** RxDB bookkeeping that may ride along; never stored. */
function stripDeviceMeta<T extends object>(doc: T): T {
  const { _meta, _rev, _attachments, ...rest } = doc as T & { _meta?: unknown; _rev?: unknown; _attachments?: unknown };
  return rest as T;
}

function checkShape(rows: PushRow[]): void {
  const problems: { id?: string; field?: string; code: string }[] = [];
  const seen = new Set<unknown>();
  for (const row of rows) {
    const doc = row?.newDocumentState;
    if (!doc || typeof doc !== 'object') {
      problems.push({ code: 'missingDocument' });
      continue;
    }
    // One row per document: two revisions of one document in one `_bulk_docs` can leave the
    // embedded store with a body-less leaf when the second is refused (see conflict-resolver.ts).
    const docId = (doc as { id?: unknown }).id;
    if (seen.has(docId)) problems.push({ id: typeof docId === 'string' ? docId : undefined, field: 'id', code: 'duplicateId' });
    seen.add(docId);
    if (!validateShape(doc)) {
      const id = (doc as { id?: unknown }).id;
      for (const e of validateShape.errors ?? []) {
        const field = (e.instancePath.split('/')[1] || (e.params as { additionalProperty?: string }).additionalProperty) ?? '';
        problems.push({ id: typeof id === 'string' ? id : undefined, field, code: `schema:${e.keyword}` });
      }
    }
  }
  if (problems.length) throw new HttpError(400, 'invalid_document', problems.slice(0, 50));
}

/**
 * Whether the device's assumed master is the stored state. Compared by content, not by
 * `serverRev`: a device never learns the revision its own push created, so comparing
 * revisions would turn every second keystroke-save into a conflict round trip.
 */
function isAssumedMaster(assumed: SyncedDoc<RequestDoc> | null, master: StoredRequest): boolean {
  if (!assumed) return false;
  const { serverRev: _a, ...assumedContent } = assumed;
  const { serverRev: _m, ...masterContent } = toDeviceDoc(master);
  return requestStatesEqual(assumedContent as RequestDoc, masterContent as RequestDoc);
}

/** A timestamped line of history for transitions the citizen made. */
function historyAfter(master: StoredRequest | undefined, next: SyncedDoc<RequestDoc>, now: string) {
  const history = [...(master?.history ?? [])];
  // A request the server hasn't seen counts as a draft before: sent offline, it still gets its line.
  if (next.status !== (master?.status ?? 'draft')) {
    history.push({ at: now, status: next.status, actor: 'citizen' as const });
  }
  return history;
}

/**
 * Why this row's sending (a draft, or a request the server hasn't seen, sent) is not taken, if it
 * is not: this login is below the service's trust level (a password login has none; the device
 * explains it first, but a forged push must not get past it), or the account may not send yet
 * (domain/account/may-submit.ts). Decided by the session, never by anything in the push.
 */
function refusalOf(next: SyncedDoc<RequestDoc>, master: StoredRequest | undefined, account: PushingAccount): SendRefusal | undefined {
  if (next.status !== 'submitted' || (master?.status ?? 'draft') !== 'draft') return undefined;
  const shortfall = trustLevelShortfall(lookupService(catalogueEntries(), next.serviceId), account.trustLevel);
  if (shortfall) return sendRefusal('trustLevel', next, shortfall);
  if (!account.maySubmit) return sendRefusal('emailUnconfirmed', next);
  return undefined;
}

/**
 * A refused sending is kept as the draft it was, with the refusal as its problem, so nothing
 * typed is lost and the citizen sees why (domain/sync/send-refusal.ts).
 */
function asRefusedDraft(next: SyncedDoc<RequestDoc>, master: StoredRequest | undefined, refusal: SendRefusal): SyncedDoc<RequestDoc> {
  const { submittedAt: _notSent, ...draft } = next;
  const others = (master?.problems ?? []).filter((p) => !isSendRefusal(p));
  return { ...draft, status: 'draft', problems: [...others, refusal] };
}

/**
 * One push from a device. Every row is authorized (the caller owns it), checked (schema and
 * lifecycle) and compared with the master state the device assumed; a row whose assumption is
 * stale comes back as a conflict with the current master, for the device's conflict handler.
 * One bad row refuses the whole batch, so nothing half-valid is stored. A sending the session
 * may not make is no bad row: it comes back as a draft saying why, and the other rows go through.
 */
export interface PushingAccount {
  maySubmit: boolean;
  /** This session's login level (none for a password login). */
  trustLevel?: TrustLevel;
}

export async function pushRequests(store: Store, owner: string, rawRows: PushRow[], account: PushingAccount): Promise<PushResponseBody> {
  if (!Array.isArray(rawRows) || rawRows.length > 200) throw new HttpError(400, 'invalid_document', [{ code: 'rows' }]);
  const rows = rawRows.map((r) => ({
    assumedMasterState: r?.assumedMasterState ? stripDeviceMeta(r.assumedMasterState) : null,
    newDocumentState: r?.newDocumentState ? stripDeviceMeta(r.newDocumentState) : r?.newDocumentState,
  }));
  checkShape(rows);

  const ids = rows.map((r) => r.newDocumentState.id);
  const fetched = await store.requests.fetch({ keys: ids });
  const masters = new Map<string, StoredRequest>();
  for (const row of fetched.rows) {
    if ('doc' in row && row.doc) masters.set(row.id, row.doc as StoredRequest);
  }

  const conflicts: SyncedDoc<RequestDoc>[] = [];
  const writes: StoredRequest[] = [];
  const problems: { id: string; field: string; code: string }[] = [];
  const refused = new Set<string>();
  const now = new Date().toISOString();
  for (const { assumedMasterState, newDocumentState: next } of rows) {
    const master = masters.get(next.id);
    if (master && (master.type !== 'request' || master.owner !== owner)) throw new HttpError(403, 'forbidden', [{ id: next.id, code: 'notOwner' }]);
    if (master && !isAssumedMaster(assumedMasterState, master)) {
      conflicts.push(toDeviceDoc(master));
      continue;
    }
    const masterView = master ? toDeviceDoc(master) : null;
    for (const p of checkCitizenChange(masterView, next)) problems.push({ id: next.id, ...p });
    const refusal = refusalOf(next, master, account);
    if (refusal) refused.add(next.id);
    const kept = refusal ? asRefusedDraft(next, master, refusal) : next;
    const stored = toStoredRequest(
      {
        ...kept,
        // Server-owned fields are taken from the master, never from the device.
        history: historyAfter(master, kept, now),
        reference: master?.reference,
        department: master?.department,
        receivedAt: master?.receivedAt,
        problems: refusal ? kept.problems : master?.problems,
        statusReason: master?.statusReason,
      },
      owner,
      master?._rev,
    );
    // The clerks' decisions stay with the request (the audit trail is derived from them).
    if (master?.decisions) stored.decisions = master.decisions;
    // So does the copy of who works it (the inbox's views read it there).
    if (master?.assignedTo) stored.assignedTo = master.assignedTo;
    writes.push(JSON.parse(JSON.stringify(stored)));
  }
  if (problems.length) throw new HttpError(400, 'invalid_document', problems);
  if (writes.length) {
    // The answers may have changed: the inbox search's words follow them (never taken from the device).
    const name = (await citizenNames(store, [owner])).get(owner);
    writes.splice(0, writes.length, ...writes.map((w) => withSearchWords(w, name)));
    // `ok` here is "accepted", not "won": on a cluster another device's write on the same `_rev`
    // may be accepted too. Nothing is lost then — the conflict resolver keeps the losing edit's
    // answers as take-over text (keptAnswers), and the device pulls the merged state.
    const results = await store.requests.bulk({ docs: writes });
    const lost = results.filter((r) => r.error === 'conflict').map((r) => r.id as string);
    // Another writer (the routing worker, a clerk, another device) won the race: hand the
    // device the state that won, as RxDB expects.
    if (lost.length) {
      const again = await store.requests.fetch({ keys: lost });
      for (const row of again.rows) if ('doc' in row && row.doc) conflicts.push(toDeviceDoc(row.doc as StoredRequest));
    }
    // A refused sending is answered with the draft the server keeps, as the row's master state.
    for (const result of results) {
      const written = writes.find((w) => w._id === result.id);
      if (!result.error && written && refused.has(written._id)) conflicts.push(toDeviceDoc({ ...written, _rev: result.rev }));
    }
    const failed = results.filter((r) => r.error && r.error !== 'conflict');
    if (failed.length) throw new Error(`store refused ${failed.length} writes: ${failed[0].error} ${failed[0].reason}`);
  }
  return { conflicts };
}
