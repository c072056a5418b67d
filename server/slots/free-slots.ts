import { candidateSlots, capacityOf, closedInDistrict, nearestAlternatives, type SlotPool } from '../../domain/slots';
import { loadPool } from '../capacity/capacity-store';
import type { Store } from '../store';
import { takenCounts } from './slot-bookings';

export interface FreeSlot {
  id: string;
  /** Places still free. */
  free: number;
}

/**
 * The pool's candidate slots from `from` on that still have room, earliest first: as the
 * administrator set the pool now (closed days and district-days left out, extra days in, today's capacities).
 */
export async function freeSlots(store: Store, catalogued: SlotPool, district: string | undefined, now: Date, from?: string): Promise<FreeSlot[]> {
  const pool = (await loadPool(store, catalogued.id)) ?? catalogued;
  const capacity = capacityOf(pool, district);
  if (capacity === 0) return [];
  const taken = await takenCounts(store, pool, district);
  return candidateSlots(pool, now, from)
    .filter((id) => !closedInDistrict(pool, district, id))
    .map((id) => ({ id, free: capacity - (taken.get(id) ?? 0) }))
    .filter((s) => s.free > 0);
}

/** The free slots nearest to a wish that could not be given. */
export async function alternativesFor(store: Store, pool: SlotPool, district: string | undefined, wished: string, now: Date, count = 3): Promise<string[]> {
  const free = await freeSlots(store, pool, district, now);
  return nearestAlternatives(wished, free.map((s) => s.id), count);
}
