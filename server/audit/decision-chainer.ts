import type { Logger } from '../logger';
import type { DecisionRecord, StoredRequest } from '../requests';
import { followChanges, getOrNull, isConflict, type Store } from '../store';
import { appendDerivedAudit, decisionSource } from './audit-trail';

const CHECKPOINT_ID = '_local/decision-chainer';

/** Chains every decision of these requests that the trail lacks; idempotent. Returns how many were appended. */
export async function chainDecisions(store: Store, docs: readonly Pick<StoredRequest, '_id' | 'decisions'>[]): Promise<number> {
  let appended = 0;
  for (const doc of docs) {
    for (const d of doc.decisions ?? []) if (await appendDerivedAudit(store, entryOf(doc._id, d), decisionSource(d))) appended++;
  }
  return appended;
}

function entryOf(requestId: string, d: DecisionRecord) {
  return {
    department: d.department,
    actorId: d.actorId,
    actorName: d.actorName,
    action: d.action,
    requestId,
    ...(d.reference ? { reference: d.reference } : {}),
    ...(d.detail ? { detail: d.detail } : {}),
  };
}

/**
 * The worker's follower of requests: derives the audit entry of each decision stored with a
 * request, so a process that died (or was too busy) between storing a decision and chaining it
 * loses nothing — the entry follows from the request. Checkpointed; re-reading is harmless.
 */
export async function startDecisionChainer(store: Store, logger?: Logger): Promise<{ stop(): Promise<void> }> {
  const saved = await getOrNull<{ seq: string | number }>(store.requests, CHECKPOINT_ID);
  return followChanges<StoredRequest>(store, {
    db: store.names.requests,
    since: saved?.seq ?? 0,
    includeDocs: true,
    logger,
    onBatch: async (changes, lastSeq) => {
      const docs = changes.map((c) => c.doc).filter((d): d is StoredRequest => !!d?.decisions?.length);
      const appended = await chainDecisions(store, docs);
      if (appended) logger?.info({ appended }, 'audit entries derived from decisions');
      const current = await getOrNull(store.requests, CHECKPOINT_ID);
      await store.requests.insert({ _id: CHECKPOINT_ID, ...(current ? { _rev: current._rev } : {}), seq: lastSeq } as never).catch((err: unknown) => {
        if (!isConflict(err)) throw err;
      });
    },
  });
}
