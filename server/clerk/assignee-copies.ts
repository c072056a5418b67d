import { listDepartments } from '../departments';
import type { Logger } from '../logger';
import type { StoredRequest } from '../requests';
import type { Store } from '../store';

const BATCH = 500;

/**
 * At start: the requests' copies of who works them (`assignedTo`, read by the inbox's views)
 * made to match the assignments, which stay the record — the assignments made before the copies
 * existed, and any copy a crash left between the two writes (casework.assign/unassign). Safe in
 * several processes at once: each write names its `_rev`; one that lost to another writer is
 * left to the next start (and the inbox mends a copy it finds wrong on a page it reads).
 */
export async function reconcileAssigneeCopies(store: Store, logger?: Logger): Promise<number> {
  const record = new Map<string, string>();
  const assignments = await store.internal.list({ startkey: 'assignment:', endkey: 'assignment:\ufff0', include_docs: true });
  for (const row of assignments.rows) {
    const d = ('doc' in row ? row.doc : null) as { type?: string; requestId?: string; assigneeId?: string } | null;
    if (d?.type === 'assignment' && d.requestId && d.assigneeId && row.id === `assignment:${d.requestId}`) record.set(d.requestId, d.assigneeId);
  }
  // The copies, per department: the assigned keys are the strings (unassigned ones are null or false).
  const copies = new Map<string, string>();
  for (const { id } of await listDepartments(store)) {
    const res = await store.requests.view('inbox-assignee', 'received', { startkey: [id, ''], endkey: [id, {}], reduce: false });
    for (const row of res.rows) copies.set(row.id, (row.key as unknown as [string, string])[1]);
  }
  const differing = [...record].filter(([id, assignee]) => copies.get(id) !== assignee).map(([id]) => id);
  for (const id of copies.keys()) if (!record.has(id)) differing.push(id);
  let mended = 0;
  for (let i = 0; i < differing.length; i += BATCH) {
    const res = await store.requests.fetch({ keys: differing.slice(i, i + BATCH) });
    const docs: StoredRequest[] = [];
    for (const row of res.rows) {
      const doc = ('doc' in row ? row.doc : null) as StoredRequest | null;
      if (!doc || doc.type !== 'request') continue;
      const assignee = record.get(doc._id);
      // Not in a view (deleted, not yet routed) yet already right: nothing to write.
      if ((doc.assignedTo?.id ?? undefined) === assignee && (!assignee || doc.assignedTo?.department === doc.department)) continue;
      const { assignedTo: _old, ...rest } = doc;
      docs.push(assignee && doc.department ? { ...rest, assignedTo: { id: assignee, department: doc.department } } : rest);
    }
    if (docs.length === 0) continue;
    const results = await store.requests.bulk({ docs });
    const failed = results.filter((r) => r.error && r.error !== 'conflict');
    if (failed.length) throw new Error(`assignee copy refused for ${failed[0].id}: ${failed[0].error}`);
    mended += results.filter((r) => !r.error).length;
  }
  if (mended) logger?.info({ mended }, 'assignee copies on the requests made to match the assignments');
  return mended;
}
