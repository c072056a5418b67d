import type { DocumentScope } from 'nano';
import { HttpError } from '../http/api-error';
import type { Store } from '../store';

export interface OwnedChanges<T> {
  docs: T[];
  /** Never beyond a change of the owner's that is not in `docs`. */
  seq: string;
}

interface ChangesAnswer<T> {
  results: { id: string; doc?: T }[];
  last_seq: string | number;
}

/** Ids of every document the owner has (the owner index), as a set. */
async function ownedIds(db: DocumentScope<unknown>, owner: string): Promise<Set<string>> {
  const res = await db.find({ selector: { owner }, fields: ['_id'], limit: 100_000, use_index: 'idx-by-owner' } as never);
  return new Set(res.docs.map((d) => (d as { _id: string })._id));
}

const ROUNDS = 3;

/**
 * The owner's changes since `since`, at most `limit`, with a checkpoint that never skips one.
 *
 * `_changes` filtered to the owner's ids cannot see a document created after the id lookup, yet
 * its `last_seq` may lie past that document's change: handing that out would skip it for good.
 * Seqs are opaque (never compared), so the proof is by ids: the feed position `last_seq` was read
 * before a second lookup; if that lookup finds no new id, every change of the owner's up to
 * `last_seq` was in the filter. Otherwise the database's `update_seq`, taken before the first
 * lookup, is safe whenever the feed was read to its end (everything created before it was in the
 * filter); a full batch is read again with the new ids. One `_changes` scan per pull unless a
 * document of the owner's is created during the pull.
 */
export async function ownedChanges<T>(store: Store, db: 'requests' | 'messages', owner: string, since: string | null, limit: number): Promise<OwnedChanges<T>> {
  const scope = store[db] as DocumentScope<unknown>;
  const before = String((await scope.info()).update_seq);
  const ids = await ownedIds(scope, owner);
  if (ids.size === 0) return { docs: [], seq: before };
  for (let round = 1; ; round++) {
    const res = (await store.server
      .request({
        db: store.names[db],
        method: 'post',
        path: '_changes',
        qs: { filter: '_doc_ids', include_docs: true, since: since ?? 0, limit },
        body: { doc_ids: [...ids] },
      })
      .catch((err: { statusCode?: number }) => {
        // CouchDB refuses a seq it never gave out ("Malformed sequence"): the device's fault.
        throw err?.statusCode === 400 ? new HttpError(400, 'invalid_checkpoint', [{ field: 'checkpoint', code: 'invalid' }]) : err;
      })) as ChangesAnswer<T>;
    const docs = res.results.filter((r) => r.doc).map((r) => r.doc as T);
    const after = await ownedIds(scope, owner);
    const added = [...after].filter((id) => !ids.has(id));
    if (added.length === 0) return { docs, seq: String(res.last_seq) };
    if (res.results.length < limit) return { docs, seq: before };
    // A full batch may already lie past the new documents' changes: read it again with them.
    if (round === ROUNDS) return { docs, seq: since ?? '0' };
    for (const id of added) ids.add(id);
  }
}
