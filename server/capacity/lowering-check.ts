import { todayInWerne } from '../../domain/validation/calendar-date';
import { districtIds } from '../../domain/places/streets';
import { capacityOf, countsPerDistrict, type SlotPool } from '../../domain/slots';
import { isoDate } from '../../domain/slots/holidays-nrw';
import { takenCounts } from '../slots';
import type { Store } from '../store';

/**
 * Slots from today on that hold more bookings than the pool (as it would be) offers: more than its
 * capacity, or any booking on a slot the new office hours no longer have. Field names as the page's.
 */
export async function overbookedUnder(store: Store, pool: SlotPool, now: Date): Promise<{ field: string; slot: string; booked: number }[]> {
  const t = todayInWerne(now);
  const today = isoDate(t.year, t.month, t.day);
  const found: { field: string; slot: string; booked: number }[] = [];
  for (const district of countsPerDistrict(pool) ? districtIds() : [undefined]) {
    const capacity = capacityOf(pool, district);
    for (const [slot, booked] of await takenCounts(store, pool, district)) {
      if (slot.slice(0, 10) < today || booked === 0) continue;
      const field = district ? `perDistrict.${district}` : 'counters';
      if (booked > capacity) found.push({ field, slot, booked });
      else if (pool.kind === 'time' && !offersSlot(pool, slot)) found.push({ field: `hours.${weekdayOf(slot)}`, slot, booked });
    }
  }
  return found;
}

function weekdayOf(slot: string): number {
  return new Date(`${slot.slice(0, 10)}T00:00:00Z`).getUTCDay();
}

/** Whether the office hours (or the extra day's) still have this time slot; a closed day's bookings are moved by its closing. */
function offersSlot(pool: SlotPool & { kind: 'time' }, slot: string): boolean {
  const date = slot.slice(0, 10);
  if (pool.closedDays && Object.hasOwn(pool.closedDays, date)) return true;
  const hours = (pool.extraDays && Object.hasOwn(pool.extraDays, date) ? pool.extraDays[date] : pool.hours[weekdayOf(slot)]) ?? [];
  const time = slot.slice(11);
  return hours.some(([start, end]) => {
    const [sh, sm] = start.split(':').map(Number);
    const [th, tm] = time.split(':').map(Number);
    const [eh, em] = end.split(':').map(Number);
    const from = sh * 60 + sm;
    const at = th * 60 + tm;
    return at >= from && at + pool.minutes <= eh * 60 + em && (at - from) % pool.minutes === 0;
  });
}
