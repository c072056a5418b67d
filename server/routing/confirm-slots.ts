import { findService } from '../../domain/catalogue';
import { isBookable, slotWish, type SlotPool, type SlotWish } from '../../domain/slots';
import type { StoredRequest } from '../requests';
import type { HoldingLimitReason } from '../../domain/catalogue';
import { alternativesFor, bookSlot, overHoldingLimits, releaseSlot } from '../slots';
import { loadPool } from '../capacity/capacity-store';
import type { Store } from '../store';

export interface SlotResult {
  wish: SlotWish;
  /** The request holds its wished slot now. */
  held: boolean;
  /** When not held: the nearest free slots to offer instead. */
  alternatives: string[];
  /** Not held because the sender already holds as many as the catalogue allows. */
  limit?: HoldingLimitReason;
}

/** Slots booked at once per batch: enough to hide round trips, few enough not to flood the store. */
const BOOKING_CONCURRENCY = 8;

function wishOf(doc: StoredRequest): SlotWish | undefined {
  const service = findService(doc.serviceId, doc.catalogueVersion);
  return service ? slotWish(service, doc.answers) : undefined;
}

/**
 * Books the wished slot of every request about to be routed; requests wishing the same slot
 * are booked together in one write. A wish the pool no longer offers (the day came too close
 * while the device was offline, a holiday) counts as taken.
 */
export async function confirmSlots(store: Store, docs: readonly StoredRequest[], now: Date): Promise<Map<string, SlotResult>> {
  const results = new Map<string, SlotResult>();
  const groups = new Map<string, { wish: SlotWish; ids: string[] }>();
  const wishes = new Map(docs.flatMap((doc) => (wishOf(doc) ? [[doc._id, wishOf(doc)!] as const] : [])));
  const limited = await overHoldingLimits(store, docs, new Map([...wishes].map(([id, w]) => [id, w.slot])));
  // Whether a day is open is the administrator's say (closed days, extra days), read once per batch.
  const live = new Map<string, SlotPool>();
  for (const w of wishes.values()) if (!live.has(w.pool.id)) live.set(w.pool.id, (await loadPool(store, w.pool.id)) ?? w.pool);
  for (const doc of docs) {
    const wish = wishes.get(doc._id);
    if (!wish) continue;
    results.set(doc._id, { wish, held: false, alternatives: [], limit: limited.get(doc._id) });
    if (limited.has(doc._id) || !isBookable(live.get(wish.pool.id)!, wish.slot, now)) continue;
    const key = `${wish.pool.id}|${wish.district}|${wish.slot}`;
    const group = groups.get(key) ?? { wish, ids: [] };
    group.ids.push(doc._id);
    groups.set(key, group);
  }
  // Different slots are different documents: booked side by side, a few at a time.
  const queue = [...groups.values()];
  const book = async () => {
    for (let group = queue.shift(); group; group = queue.shift()) {
      const holders = await bookSlot(store, group.wish.pool, group.wish.district, group.wish.slot, group.ids);
      for (const id of holders) results.get(id)!.held = true;
    }
  };
  await Promise.all(Array.from({ length: Math.min(BOOKING_CONCURRENCY, queue.length) }, book));
  const offers = new Map<string, string[]>();
  for (const result of results.values()) {
    if (result.held) continue;
    const { pool, district, slot } = result.wish;
    // Over a day's limit, another day is the way out; over a year's, no slot of that year is.
    if (result.limit) {
      if (result.limit === 'slotLimitPersonDay') result.alternatives = (await alternativesFor(store, pool, district, slot, now, 60)).filter((s) => !s.startsWith(slot.slice(0, 10))).slice(0, 3);
      continue;
    }
    const key = `${pool.id}|${district}|${slot}`;
    if (!offers.has(key)) offers.set(key, await alternativesFor(store, pool, district, slot, now));
    result.alternatives = offers.get(key)!;
  }
  return results;
}

/** Gives back the slot a request held (withdrawn, rejected, moved to another slot). */
export async function releaseHeldSlot(store: Store, doc: StoredRequest, slot = doc.confirmedSlot): Promise<boolean> {
  const wish = wishOf(doc);
  if (!wish || !slot) return false;
  return releaseSlot(store, wish.pool, wish.district, slot, doc._id);
}

/**
 * After routing: a slot booked for a request whose routing write lost (the citizen withdrew
 * meanwhile, or another process routed it differently) is given back unless the stored request
 * now really holds it.
 */
export async function releaseUnclaimed(store: Store, booked: Map<string, string>): Promise<void> {
  if (booked.size === 0) return;
  const fetched = await store.requests.fetch({ keys: [...booked.keys()] });
  for (const row of fetched.rows) {
    const doc = 'doc' in row ? (row.doc as StoredRequest | null) : null;
    const slot = booked.get(row.key as string)!;
    const holds = doc && !doc.deleted && doc.confirmedSlot === slot && !['withdrawn', 'rejected', 'draft'].includes(doc.status);
    if (doc && !holds) await releaseHeldSlot(store, doc, slot);
  }
}

/** Statuses in which a request gives its slot back. */
export function releasesSlot(doc: StoredRequest): boolean {
  return !!doc.confirmedSlot && (doc.deleted === true || doc.status === 'withdrawn' || doc.status === 'rejected');
}
