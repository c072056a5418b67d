import { districtIds } from '../../domain/places/streets';
import { capacityOf, countsPerDistrict, type SlotPool } from '../../domain/slots';
import { loadPool } from '../capacity/capacity-store';
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
  /** Set when the administrator closed the slot's day (the reason): nobody is admitted any more. */
  closed?: string;
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

/** The capacity as the administrator set it now (the pool passed in may have been read earlier). */
async function liveCapacity(store: Store, pool: SlotPool, district: string | undefined): Promise<number> {
  return capacityOf((await loadPool(store, pool.id)) ?? pool, district);
}

/**
 * Books the slot for as many of `requestIds` as there is room, in their order. Resolves with the
 * ids that hold the slot afterwards (newly booked or already holding).
 *
 * A closed slot (the flag the closing of its day writes onto this very document) admits nobody:
 * the booking and the closing write the same document, so MVCC orders them and a booking either
 * lands before the closing (which then moves it) or sees the flag. A lowered capacity is read
 * again after the write: a booking that read the old figure backs its own surplus out, and the
 * administrator's save re-counts after it (server/capacity), so one of the two always sees the other.
 */
export async function bookSlot(
  store: Store,
  pool: SlotPool,
  district: string | undefined,
  slot: string,
  requestIds: readonly string[],
): Promise<Set<string>> {
  const id = slotDocId(pool, district, slot);
  // Read once: a lowering that lands meanwhile is caught by the read after the write.
  const capacity = await liveCapacity(store, pool, district);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const doc = await getOrNull<SlotDoc>(store.counters, id);
    const holders = doc?.holders ?? [];
    const admitted = doc?.closed ? [] : requestIds.filter((r) => !holders.includes(r)).slice(0, Math.max(0, capacity - holders.length));
    if (admitted.length === 0) return new Set(requestIds.filter((r) => holders.includes(r)));
    try {
      const booked = [...holders, ...admitted];
      await store.counters.insert({ ...(doc ?? { _id: id, type: 'slot' }), holders: booked });
      const after = await liveCapacity(store, pool, district);
      const surplus = after < capacity ? admitted.filter((r) => booked.indexOf(r) >= after) : [];
      for (const r of surplus) await releaseSlot(store, pool, district, slot, r);
      return new Set(requestIds.filter((r) => holders.includes(r) || (admitted.includes(r) && !surplus.includes(r))));
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

/**
 * Closes a slot: the flag goes onto the slot's own document (created if nobody booked it yet), so
 * no booking can be added after this write. Resolves with the holders at that moment: those are
 * the bookings to move. Closing a closed slot again just reads its holders (a re-run completes).
 */
export async function closeSlot(store: Store, pool: SlotPool, district: string | undefined, slot: string, reason: string): Promise<string[]> {
  const id = slotDocId(pool, district, slot);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const doc = await getOrNull<SlotDoc>(store.counters, id);
    if (doc?.closed) return doc.holders;
    try {
      await store.counters.insert({ ...(doc ?? { _id: id, type: 'slot', holders: [] }), closed: reason });
      return doc?.holders ?? [];
    } catch (err) {
      if (!isConflict(err)) throw err;
      await jitter(attempt);
    }
  }
  throw new Error(`slot ${id} stayed contended`);
}

/** Lifts a slot's closed flag (the day is opened again). */
export async function reopenSlot(store: Store, pool: SlotPool, district: string | undefined, slot: string): Promise<void> {
  const id = slotDocId(pool, district, slot);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const doc = await getOrNull<SlotDoc>(store.counters, id);
    if (!doc?.closed) return;
    const { closed: _lifted, ...open } = doc;
    try {
      await store.counters.insert(open);
      return;
    } catch (err) {
      if (!isConflict(err)) throw err;
      await jitter(attempt);
    }
  }
  throw new Error(`slot ${id} stayed contended`);
}

/** The slot documents of one date in a pool, every district (a range read each): id → holders. */
export async function slotsOfDate(store: Store, pool: SlotPool, date: string): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const districts = countsPerDistrict(pool) ? districtIds() : [undefined];
  for (const district of districts) {
    const prefix = `${slotPrefix(pool, district)}${date}`;
    const res = await store.counters.list({ startkey: prefix, endkey: `${prefix}\ufff0`, include_docs: true });
    for (const row of res.rows) out.set(row.id, ((row.doc as SlotDoc | undefined)?.holders ?? []).slice());
  }
  return out;
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
