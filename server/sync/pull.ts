import type { Store } from '../store';
import type { PullResponseBody, SyncCheckpoint } from '../../domain/sync/sync-protocol';
import { toDeviceDoc, type StoredRequest } from '../requests';

/** Ids of every request the user owns (drafts and tombstones included), via the owner index. */
async function ownedIds(store: Store, owner: string): Promise<string[]> {
  const res = await store.requests.find({
    selector: { owner },
    fields: ['_id'],
    limit: 100_000,
    use_index: 'idx-by-owner',
  } as never);
  return res.docs.map((d: { _id: string }) => d._id);
}

/**
 * One pull: the caller's changes since their checkpoint, in CouchDB's change order.
 * The checkpoint is CouchDB's own `seq`, so devices and server never compare clocks.
 */
export async function pullRequests(
  store: Store,
  owner: string,
  checkpoint: SyncCheckpoint | null,
  batchSize: number,
): Promise<PullResponseBody> {
  const ids = await ownedIds(store, owner);
  if (ids.length === 0) {
    const info = await store.requests.info();
    return { documents: [], checkpoint: { seq: String(info.update_seq) } };
  }
  const res = await store.server.request({
    db: store.names.requests,
    method: 'post',
    path: '_changes',
    qs: { filter: '_doc_ids', include_docs: true, since: checkpoint?.seq ?? 0, limit: batchSize },
    body: { doc_ids: ids },
  });
  const documents = (res.results as { doc?: StoredRequest }[])
    .filter((r) => r.doc && r.doc.type === 'request' && r.doc.owner === owner)
    .map((r) => toDeviceDoc(r.doc as StoredRequest));
  return { documents, checkpoint: { seq: String(res.last_seq) } };
}
