import { capacityOf, type SlotPool } from '../../domain/slots';
import { getOrNull, isConflict, type Store } from '../store';

/**
 * Capacity bookings. One document per slot (per district where the pool counts so) in the
 * counters database, holding the ids of the requests that have it. Every change is written with
 * the `_rev` it was read at: on one store MVCC refuses the second writer of a round (409). On a
 * cluster both can be answered ok and the slot document ends up with two leaves; the conflict
 * resolver (server/conflicts) unites their holders up to the capacity and sends the overflow back
 * as `needs_info` with alternatives — and only the one worker books slots at all (worker lease). The holders list
 * makes booking idempotent (a request re-routed after a crash finds itself already there) and
 * releasing exact.
 */
interface SlotDoc {
  _id: string;
  _rev?: string;
  type: 'slot';
  holders: string[];
}

const ATTEMPTS = 200;

export function slotDocId(pool: SlotPool, district: string | undefined, slot: string): string {
  return `slot:${pool.id}:${district ?? 'all'}:${slot}`;
}

function slotPrefix(pool: SlotPool, district: string | undefined): string {
  return `slot:${pool.id}:${district ?? 'all'}:`;
}

/** A short random pause, so processes that just collided don't collide again in lockstep. */
function jitter(attempt: number): Promise<void> {
  return new Promise((r) => setTimeout(r, Math.random() * Math.min(50, 2 + attempt * 2)));
}

/**
 * Books the slot for as many of `requestIds` as there is room, in their order. Resolves with the
 * ids that hold the slot afterwards (newly booked or already holding).
 */
export async function bookSlot(
  store: Store,
  pool: SlotPool,
  district: string | undefined,
  slot: string,
  requestIds: readonly string[],
): Promise<Set<string>> {
  const capacity = capacityOf(pool, district);
  const id = slotDocId(pool, district, slot);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const doc = await getOrNull<SlotDoc>(store.counters, id);
    const holders = doc?.holders ?? [];
    const admitted = requestIds.filter((r) => !holders.includes(r)).slice(0, Math.max(0, capacity - holders.length));
    if (admitted.length === 0) return new Set(requestIds.filter((r) => holders.includes(r)));
    try {
      await store.counters.insert({ _id: id, ...(doc ? { _rev: doc._rev } : {}), type: 'slot', holders: [...holders, ...admitted] });
      return new Set(requestIds.filter((r) => holders.includes(r) || admitted.includes(r)));
    } catch (err) {
      if (!isConflict(err)) throw err;
      await jitter(attempt);
    }
  }
  throw new Error(`slot ${id} stayed contended`);
}

/** Gives the request's place in the slot back (nothing happens when it holds none). */
export async function releaseSlot(store: Store, pool: SlotPool, district: string | undefined, slot: string, requestId: string): Promise<boolean> {
  const id = slotDocId(pool, district, slot);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const doc = await getOrNull<SlotDoc>(store.counters, id);
    if (!doc || !doc.holders.includes(requestId)) return false;
    try {
      await store.counters.insert({ ...doc, holders: doc.holders.filter((h) => h !== requestId) });
      return true;
    } catch (err) {
      if (!isConflict(err)) throw err;
      await jitter(attempt);
    }
  }
  throw new Error(`slot ${id} stayed contended`);
}

/** How many places of each slot of the pool (and district) are taken; slots never booked are absent. */
export async function takenCounts(store: Store, pool: SlotPool, district: string | undefined): Promise<Map<string, number>> {
  const prefix = slotPrefix(pool, district);
  const result = await store.counters.list({ startkey: prefix, endkey: `${prefix}\ufff0`, include_docs: true });
  const taken = new Map<string, number>();
  for (const row of result.rows) {
    const doc = row.doc as SlotDoc | undefined;
    if (doc?.holders?.length) taken.set(row.id.slice(prefix.length), doc.holders.length);
  }
  return taken;
}
