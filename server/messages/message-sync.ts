import { Ajv } from 'ajv';
import { FINAL_STATUSES } from '../../domain/lifecycle/request-status';
import { PUSHED_MESSAGE_SCHEMA, sameAuthoredContent, type MessageDoc } from '../../domain/messages/message-document';
import type { PullResponseBody, PushResponseBody, PushRow, SyncCheckpoint, SyncedDoc } from '../../domain/sync/sync-protocol';
import { HttpError } from '../http/api-error';
import type { StoredRequest } from '../requests';
import type { Store } from '../store';
import { ownedChanges } from '../sync';
import { resumeAnsweredRequest } from './resume-answered';
import { toDeviceMessage, type StoredMessage } from './stored-message';

const validateShape = new Ajv({ allErrors: true, strict: false }).compile(PUSHED_MESSAGE_SCHEMA);

/**
 * A device's messages since its checkpoint: the owner's message ids from the owner index, then
 * CouchDB's `_changes` for those ids — the same model (and the same never-skipping checkpoint) as
 * the requests' pull.
 */
export async function pullMessages(store: Store, owner: string, checkpoint: SyncCheckpoint | null, batchSize: number): Promise<PullResponseBody<MessageDoc>> {
  const changes = await ownedChanges<StoredMessage & { deleted?: boolean }>(store, 'messages', owner, checkpoint?.seq ?? null, batchSize);
  const documents = changes.docs
    .filter((doc) => doc.type === 'message' && doc.owner === owner)
    .map((doc) => ({ ...toDeviceMessage(doc), _deleted: Boolean(doc.deleted) }));
  return { documents, checkpoint: { seq: changes.seq } };
}

/**
 * Replies from a device. A citizen may add messages to their own requests that the city holds
 * and that are not closed; a message once stored never changes (a differing push is a conflict
 * and gets the stored message back). One bad row refuses the batch.
 */
export async function pushMessages(store: Store, owner: string, rawRows: PushRow<MessageDoc>[]): Promise<PushResponseBody<MessageDoc>> {
  if (!Array.isArray(rawRows) || rawRows.length > 100) throw new HttpError(400, 'invalid_document', [{ code: 'rows' }]);
  const rows = rawRows.map((r) => {
    const { _meta, _rev, _attachments, ...doc } = (r?.newDocumentState ?? {}) as SyncedDoc<MessageDoc> & Record<string, unknown>;
    return doc as SyncedDoc<MessageDoc>;
  });
  const problems: { id?: string; field: string; code: string }[] = [];
  for (const doc of rows) {
    if (!validateShape(doc)) {
      const id = typeof (doc as { id?: unknown }).id === 'string' ? (doc as { id: string }).id : undefined;
      for (const e of validateShape.errors ?? []) {
        problems.push({ id, field: e.instancePath.split('/')[1] || String((e.params as { additionalProperty?: string }).additionalProperty ?? ''), code: `schema:${e.keyword}` });
      }
    }
  }
  if (problems.length) throw new HttpError(400, 'invalid_document', problems.slice(0, 50));

  const [masters, requests] = await Promise.all([
    store.messages.fetch({ keys: rows.map((d) => d.id) }),
    store.requests.fetch({ keys: [...new Set(rows.map((d) => d.requestId))] }),
  ]);
  const masterById = new Map<string, StoredMessage>();
  for (const row of masters.rows) if ('doc' in row && row.doc) masterById.set(row.id, row.doc as StoredMessage);
  const requestById = new Map<string, StoredRequest>();
  for (const row of requests.rows) if ('doc' in row && row.doc) requestById.set(row.id, row.doc as StoredRequest);

  const conflicts: SyncedDoc<MessageDoc>[] = [];
  const writes: StoredMessage[] = [];
  for (const doc of rows) {
    const master = masterById.get(doc.id);
    if (master) {
      if (master.owner !== owner) throw new HttpError(403, 'forbidden', [{ id: doc.id, code: 'notOwner' }]);
      if (!sameAuthoredContent(toDeviceMessage(master), doc) || doc._deleted) conflicts.push(toDeviceMessage(master));
      continue;
    }
    const request = requestById.get(doc.requestId);
    if (!request || request.type !== 'request' || request.owner !== owner || request.deleted) {
      throw new HttpError(403, 'forbidden', [{ id: doc.id, field: 'requestId', code: 'notOwner' }]);
    }
    if (doc.from !== 'citizen') problems.push({ id: doc.id, field: 'from', code: 'serverOwned' });
    if (doc.attachment || doc.department) problems.push({ id: doc.id, field: doc.attachment ? 'attachment' : 'department', code: 'serverOwned' });
    if (!request.department || FINAL_STATUSES.includes(request.status)) problems.push({ id: doc.id, field: 'requestId', code: 'closed' });
    if (doc._deleted) continue;
    writes.push({
      _id: doc.id,
      type: 'message',
      requestId: doc.requestId,
      owner,
      department: request.department ?? '',
      from: 'citizen',
      text: doc.text,
      createdAt: doc.createdAt,
    });
  }
  if (problems.length) throw new HttpError(400, 'invalid_document', problems);
  if (writes.length) {
    const results = await store.messages.bulk({ docs: writes });
    const lost = results.filter((r) => r.error === 'conflict').map((r) => r.id as string);
    if (lost.length) {
      const again = await store.messages.fetch({ keys: lost });
      for (const row of again.rows) if ('doc' in row && row.doc) conflicts.push(toDeviceMessage(row.doc as StoredMessage));
    }
    const failed = results.filter((r) => r.error && r.error !== 'conflict');
    if (failed.length) throw new Error(`store refused ${failed.length} messages: ${failed[0].error}`);
    const answered = new Set(writes.filter((w) => results.some((r) => r.id === w._id && !r.error)).map((w) => w.requestId));
    for (const requestId of answered) await resumeAnsweredRequest(store, requestId);
  }
  return { conflicts };
}
