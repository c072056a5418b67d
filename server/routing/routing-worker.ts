import type { Logger } from '../logger';
import type { StoredRequest } from '../requests';
import { followChanges, isConflict, isNotFound, type Change, type Store } from '../store';
import { applyRouting, decideRouting } from './route-request';

const CHECKPOINT_ID = '_local/routing-checkpoint';

async function readCheckpoint(store: Store): Promise<{ seq: string | number; _rev?: string }> {
  try {
    return await store.requests.get(CHECKPOINT_ID);
  } catch (err) {
    if (isNotFound(err)) return { seq: 0 };
    throw err;
  }
}

async function saveCheckpoint(store: Store, seq: string | number): Promise<void> {
  const current = await readCheckpoint(store);
  try {
    await store.requests.insert({ _id: CHECKPOINT_ID, ...(current._rev ? { _rev: current._rev } : {}), seq } as never);
  } catch (err) {
    // Another process saved a checkpoint meanwhile; either is safe to resume from.
    if (!isConflict(err)) throw err;
  }
}

/**
 * Routes one submitted request. Re-reads it and writes with its `_rev`: when another process
 * (or a clerk, or the citizen withdrawing) got there first, CouchDB refuses the write and this
 * one looks again — routing a request that is no longer `submitted` is skipped.
 */
export async function routeOne(store: Store, id: string, now = () => new Date()): Promise<'received' | 'returned' | 'skipped'> {
  for (let attempt = 0; attempt < 5; attempt++) {
    let doc: StoredRequest;
    try {
      doc = await store.requests.get(id);
    } catch (err) {
      if (isNotFound(err)) return 'skipped';
      throw err;
    }
    if (doc.type !== 'request' || doc.status !== 'submitted' || doc.deleted) return 'skipped';
    const at = now();
    const outcome = await decideRouting(store, doc, at);
    try {
      await store.requests.insert(applyRouting(doc, outcome, at) as never);
      return outcome.kind;
    } catch (err) {
      if (!isConflict(err)) throw err;
    }
  }
  return 'skipped';
}

export interface RoutingWorker {
  stop(): Promise<void>;
}

/**
 * Follows the requests database from its saved checkpoint and routes every newly submitted
 * request. The checkpoint moves on only after a batch is done, so a crash means re-reading a
 * batch — harmless, because routing is idempotent.
 */
export async function startRoutingWorker(store: Store, logger?: Logger): Promise<RoutingWorker> {
  const { seq } = await readCheckpoint(store);
  return followChanges<StoredRequest>(store, {
    db: store.names.requests,
    since: seq,
    includeDocs: true,
    logger,
    onBatch: async (changes: Change<StoredRequest>[], lastSeq) => {
      for (const change of changes) {
        if (change.doc?.type !== 'request' || change.doc.status !== 'submitted') continue;
        try {
          const result = await routeOne(store, change.id);
          logger?.info({ request: change.id, result }, 'routing');
        } catch (err) {
          // Leave the checkpoint where it is: the next start tries this batch again.
          logger?.error({ err, request: change.id }, 'routing failed');
          throw err;
        }
      }
      await saveCheckpoint(store, lastSeq);
    },
  });
}
