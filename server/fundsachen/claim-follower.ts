import type { Logger } from '../logger';
import type { StoredRequest } from '../requests';
import { followChanges, getOrNull, isConflict, type Change, type Store } from '../store';
import { markReturned } from './found-items';

const CHECKPOINT_ID = '_local/fundsachen-claims-checkpoint';
export const CLAIM_SERVICE_ID = 'fundbuero-anspruch';

/** A claim the clerk completed: the item was handed over. */
function isHandedOver(doc: StoredRequest | undefined): doc is StoredRequest {
  return doc?.type === 'request' && doc.serviceId === CLAIM_SERVICE_ID && doc.status === 'completed' && typeof doc.answers?.itemId === 'string';
}

export async function applyHandovers(store: Store, docs: StoredRequest[], logger?: Logger): Promise<void> {
  for (const doc of docs) {
    const at = doc.history.at(-1)?.at ?? new Date().toISOString();
    const outcome = await markReturned(store, String(doc.answers.itemId).trim(), doc._id, at);
    if (outcome === 'returned') logger?.info({ item: doc.answers.itemId, claim: doc.reference }, 'found item handed over');
    if (outcome === 'unknown') logger?.warn({ item: doc.answers.itemId, claim: doc.reference }, 'completed claim names no known found item');
  }
}

/**
 * Follows the requests database (CHT's sentinel pattern: a transition with a filter and an
 * action) and marks a found item returned when its claim is completed, so it leaves the public
 * list. The clerk's decision stays the ordinary request action; this module never touches the
 * request. Idempotent, so a crash (re-reading a batch) or a second server process is harmless.
 */
export async function startClaimFollower(store: Store, logger?: Logger): Promise<{ stop(): Promise<void> }> {
  const checkpoint = await getOrNull<{ seq: string | number }>(store.requests, CHECKPOINT_ID);
  return followChanges<StoredRequest>(store, {
    db: store.names.requests,
    since: checkpoint?.seq ?? 0,
    includeDocs: true,
    logger,
    onBatch: async (changes: Change<StoredRequest>[], lastSeq) => {
      await applyHandovers(store, changes.map((c) => c.doc).filter(isHandedOver), logger);
      const current = await getOrNull<{ seq: string | number }>(store.requests, CHECKPOINT_ID);
      try {
        await store.requests.insert({ _id: CHECKPOINT_ID, ...(current ? { _rev: current._rev } : {}), seq: lastSeq } as never);
      } catch (err) {
        if (!isConflict(err)) throw err;
      }
    },
  });
}
