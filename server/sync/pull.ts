import type { Store } from '../store';
import type { PullResponseBody, SyncCheckpoint } from '../../domain/sync/sync-protocol';
import { toDeviceDoc, type StoredRequest } from '../requests';
import { ownedChanges } from './owned-changes';

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
  const changes = await ownedChanges<StoredRequest>(store, 'requests', owner, checkpoint?.seq ?? null, batchSize);
  const documents = changes.docs.filter((doc) => doc.type === 'request' && doc.owner === owner).map((doc) => toDeviceDoc(doc));
  return { documents, checkpoint: { seq: changes.seq } };
}
