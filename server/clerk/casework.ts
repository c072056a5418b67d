import { randomUUID } from 'node:crypto';
import type { StoredRequest } from '../requests';
import { getOrNull, isConflict, updateDocument, type Store } from '../store';

/**
 * What the department keeps about a case for itself: who works it, and internal notes. It lives
 * in the `internal` database, which no sync endpoint reads, so none of it can reach a device.
 */
export interface Assignment {
  requestId: string;
  assigneeId: string;
  assigneeName: string;
  at: string;
}

export interface InternalNote {
  id: string;
  requestId: string;
  authorId: string;
  authorName: string;
  text: string;
  createdAt: string;
}

const assignmentId = (requestId: string) => `assignment:${requestId}`;

export async function readAssignments(store: Store, requestIds: string[]): Promise<Map<string, Assignment>> {
  const out = new Map<string, Assignment>();
  if (requestIds.length === 0) return out;
  const res = await store.internal.fetch({ keys: requestIds.map(assignmentId) });
  for (const row of res.rows) if ('doc' in row && row.doc) out.set(row.doc.requestId, row.doc as Assignment);
  return out;
}

export async function assign(store: Store, requestId: string, assignee: { id: string; name: string }): Promise<Assignment> {
  const value: Assignment = { requestId, assigneeId: assignee.id, assigneeName: assignee.name, at: new Date().toISOString() };
  for (let attempt = 0; attempt < 5; attempt++) {
    const existing = await getOrNull<Assignment>(store.internal, assignmentId(requestId));
    try {
      await store.internal.insert({ _id: assignmentId(requestId), ...(existing ? { _rev: existing._rev } : {}), type: 'assignment', ...value });
      await copyToRequest(store, requestId, assignee.id);
      return value;
    } catch (err) {
      if (!isConflict(err)) throw err;
    }
  }
  throw new Error('assignment kept changing');
}

export async function unassign(store: Store, requestId: string): Promise<void> {
  const existing = await getOrNull<Assignment>(store.internal, assignmentId(requestId));
  if (existing) await store.internal.destroy(existing._id, existing._rev).catch((err: unknown) => { if (!isConflict(err)) throw err; });
  await copyToRequest(store, requestId, null);
}

/**
 * The request's copy of who works it (`assignedTo`), which the inbox's views read
 * (store/inbox-assignee-design.ts); written after the assignment itself, which stays the record.
 * It names the department the case is in now, so a later forward voids it in the same write.
 */
export async function copyToRequest(store: Store, requestId: string, assigneeId: string | null): Promise<void> {
  await updateDocument<StoredRequest>(store.requests, requestId, (doc) => {
    if (!doc || doc.type !== 'request') return undefined;
    if (!assigneeId) {
      if (!doc.assignedTo) return undefined;
      const { assignedTo: _gone, ...rest } = doc;
      return rest;
    }
    if (doc.assignedTo?.id === assigneeId && doc.assignedTo.department === doc.department) return undefined;
    return { ...doc, assignedTo: { id: assigneeId, department: doc.department! } };
  });
}

export async function addNote(store: Store, requestId: string, author: { id: string; name: string }, text: string): Promise<InternalNote> {
  const note: InternalNote = { id: randomUUID(), requestId, authorId: author.id, authorName: author.name, text, createdAt: new Date().toISOString() };
  const { id, ...rest } = note;
  await store.internal.insert({ _id: `note:${id}`, type: 'note', ...rest });
  return note;
}

export async function listNotes(store: Store, requestId: string): Promise<InternalNote[]> {
  const res = await store.internal.find({
    selector: { requestId, createdAt: { $gt: null } },
    sort: [{ requestId: 'asc' }, { createdAt: 'asc' }],
    limit: 1000,
    use_index: 'idx-by-request',
  } as never);
  return res.docs
    .filter((d: { type?: string }) => d.type === 'note')
    .map(({ _id, _rev, type, ...rest }: { _id: string; _rev: string; type: string }) => ({ id: _id.slice('note:'.length), ...rest }) as InternalNote);
}

/** Everything the department kept about requests that are deleted for good (retention). */
export async function removeCasework(store: Store, requestId: string): Promise<number> {
  const notes = await listNotes(store, requestId);
  const docs: { _id: string; _rev: string; _deleted: true }[] = [];
  for (const note of notes) {
    const doc = await getOrNull(store.internal, `note:${note.id}`);
    if (doc) docs.push({ _id: doc._id, _rev: doc._rev, _deleted: true });
  }
  // The assignment, the follow-up, and the record of the decision letter (the letter itself went with the messages).
  for (const id of [assignmentId(requestId), `decision:${requestId}`, `followup:${requestId}`]) {
    const doc = await getOrNull(store.internal, id);
    if (doc) docs.push({ _id: doc._id, _rev: doc._rev, _deleted: true });
  }
  if (docs.length) await store.internal.bulk({ docs });
  return docs.length;
}
