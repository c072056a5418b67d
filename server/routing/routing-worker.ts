import { findFileProblems } from '../files';
import type { Logger } from '../logger';
import { observeRoutingLag } from '../observability';
import { citizenNames, withSearchWords, type StoredRequest } from '../requests';
import { followChanges, getOrNull, isConflict, type Change, type Store } from '../store';
import { confirmSlots, releaseHeldSlot, releasesSlot, releaseUnclaimed } from './confirm-slots';
import { rehomeIfClosed } from '../capacity';
import { assignReferences } from './reference-counter';
import { applyRouting, decideRouting, referenceYear, type RoutingDecision } from './route-request';
import { readRoutingContext, type RoutingContext } from './routing-overrides';

const CHECKPOINT_ID = '_local/routing-checkpoint';
type Outcome = 'received' | 'returned' | 'needs_info' | 'skipped';

async function readCheckpoint(store: Store): Promise<{ seq: string | number; _rev?: string }> {
  return (await getOrNull<{ seq: string | number }>(store.requests, CHECKPOINT_ID)) ?? { seq: 0 };
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
 * Routes a batch of requests in a handful of store round trips: read them, decide, reserve
 * reference numbers per service and year at once, write all with their `_rev`. When another
 * process (or a clerk, or the citizen withdrawing) wrote a request first, CouchDB refuses that
 * write and the request is looked at again; one no longer `submitted` is skipped.
 */
export async function routeBatch(store: Store, ids: string[], now = () => new Date()): Promise<Map<string, Outcome>> {
  const outcomes = new Map<string, Outcome>(ids.map((id) => [id, 'skipped']));
  let pending = [...new Set(ids)];
  // Slots booked in this batch, kept until the request holding them is written.
  const booked = new Map<string, string>();
  let context: RoutingContext | undefined;
  for (let attempt = 0; attempt < 5 && pending.length; attempt++) {
    const fetched = await store.requests.fetch({ keys: pending });
    const docs = fetched.rows
      .map((r) => ('doc' in r ? (r.doc as StoredRequest | null) : null))
      .filter((d): d is StoredRequest => !!d && d.type === 'request' && d.status === 'submitted' && !d.deleted);
    if (!docs.length) break;
    const at = now();
    // Read once per batch that routes anything (two small reads), not per retry: an
    // administrator's change holds for the next batch, no restart.
    context ??= await readRoutingContext(store);
    const decisions = new Map<string, RoutingDecision>(docs.map((d) => [d._id, decideRouting(d, at, context)]));
    // Files travel apart from the request: one not (yet) uploaded sends the request back (before
    // any slot is booked for it).
    for (const d of docs) {
      if (decisions.get(d._id)!.kind !== 'route') continue;
      const fileProblems = await findFileProblems(store, d);
      if (fileProblems.length) decisions.set(d._id, { kind: 'returned', problems: fileProblems });
    }
    const slots = await confirmSlots(store, docs.filter((d) => decisions.get(d._id)!.kind === 'route'), at);
    for (const [id, slot] of slots) {
      const decision = decisions.get(id)!;
      if (decision.kind !== 'route') continue;
      if (slot.held) {
        booked.set(id, slot.wish.slot);
        decisions.set(id, { ...decision, confirmedSlot: slot.wish.slot });
      } else {
        decisions.set(id, { ...decision, kind: 'chooseSlot', alternatives: slot.alternatives, reason: slot.limit });
      }
    }
    const references = new Map<string, string>();
    const byPrefix = new Map<string, string[]>();
    for (const [id, decision] of decisions) {
      if (decision.kind !== 'returned') byPrefix.set(decision.referencePrefix, [...(byPrefix.get(decision.referencePrefix) ?? []), id]);
    }
    for (const [prefix, prefixIds] of byPrefix) {
      for (const [id, ref] of await assignReferences(store, prefixIds, prefix, referenceYear(at))) references.set(id, ref);
    }
    // The reference joins the inbox search's words here, where the case enters the inbox.
    const names = await citizenNames(store, docs.map((d) => d.owner));
    const updated = docs.map((d) => withSearchWords(applyRouting(d, decisions.get(d._id)!, references.get(d._id), at), names.get(d.owner)));
    const results = await store.requests.bulk({ docs: updated });
    pending = [];
    const moved: Array<{ doc: StoredRequest; from: string }> = [];
    results.forEach((r, i) => {
      const id = updated[i]._id;
      const kind = decisions.get(id)!.kind;
      if (!r.error) {
        outcomes.set(id, kind === 'route' ? 'received' : kind === 'chooseSlot' ? 'needs_info' : 'returned');
        booked.delete(id);
        // Sent again with another slot (after a clerk's question): the old one is free again.
        const before = docs[i].confirmedSlot;
        if (before && before !== updated[i].confirmedSlot) moved.push({ doc: docs[i], from: before });
      } else if (r.error === 'conflict') pending.push(id);
      else throw new Error(`routing write refused for ${id}: ${r.error}`);
    });
    for (const { doc, from } of moved) await releaseHeldSlot(store, doc, from);
    // A slot closed after it was booked here but before this write: the closing skipped the
    // request (not yet confirmed there), so it is moved or sent back now.
    for (const [i, r] of results.entries()) if (!r.error && updated[i].confirmedSlot) await rehomeIfClosed(store, { ...updated[i], _rev: r.rev! }, at);
  }
  await releaseUnclaimed(store, booked);
  return outcomes;
}

export async function routeOne(store: Store, id: string, now = () => new Date()): Promise<Outcome> {
  return (await routeBatch(store, [id], now)).get(id)!;
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
      const submitted = changes.filter((c) => c.doc?.type === 'request' && c.doc.status === 'submitted').map((c) => c.id);
      // Withdrawn or rejected requests give their slot back (idempotent: re-reading is harmless).
      for (const c of changes) if (c.doc?.type === 'request' && releasesSlot(c.doc)) await releaseHeldSlot(store, c.doc);
      if (submitted.length) {
        // A failure leaves the checkpoint where it is: the batch is tried again.
        const outcomes = await routeBatch(store, submitted);
        for (const c of changes) if (c.doc?.status === 'submitted') observeRoutingLag(c.doc.submittedAt);
        logger?.info({ routed: Object.fromEntries(outcomes) }, 'routing');
      }
      await saveCheckpoint(store, lastSeq);
    },
  });
}
