import { districtIds, isDistrict } from '../places/streets';
import { parseSlotId } from '../slots/slot-id';
import type { SlotPool } from '../slots/pools';

/** Office hours of one day: `["08:00", "12:00"]` ranges, earliest first. */
export type Hours = readonly (readonly [string, string])[];

export interface DayClosure {
  reason: string;
  at: string;
}

/**
 * What the administrator has set for one pool, kept as one document in the store. Absent values
 * mean "as the catalogue's pool says" (domain/slots/pools.ts), so the figures in code are the
 * defaults and nothing changes until someone sets a value.
 */
export interface CapacitySettings {
  pool: string;
  /** Pickups per day, per district (day pools). */
  perDistrict?: Record<string, number>;
  /** Counters open, i.e. bookings per slot (time pools). */
  counters?: number;
  /** Office hours per weekday, `"1"` = Monday … `"6"` = Saturday (time pools). */
  hours?: Record<string, Hours>;
  /** Closed days with the reason. */
  closed: Record<string, DayClosure>;
  /** Days closed in single districts only (day pools): date → district → the reason. */
  closedDistricts?: Record<string, Record<string, DayClosure>>;
  /** Extra days opened; for time pools with their hours. */
  extra: Record<string, { hours?: Hours }>;
}

export const EMPTY_SETTINGS = (pool: string): CapacitySettings => ({ pool, closed: {}, extra: {} });

/** The pool as the administrator has set it: the catalogue's figures overridden by the settings. */
export function applySettings(pool: SlotPool, settings: CapacitySettings | undefined): SlotPool {
  if (!settings) return pool;
  const closedDays = Object.fromEntries(Object.entries(settings.closed).map(([d, c]) => [d, c.reason]));
  const extraDays = Object.fromEntries(Object.entries(settings.extra).map(([d, e]) => [d, e.hours ?? []]));
  if (pool.kind === 'day') {
    const closedDistricts = Object.fromEntries(Object.entries(settings.closedDistricts ?? {}).map(([d, c]) => [d, Object.keys(c)]));
    return { ...pool, capacityPerDistrict: { ...pool.capacityPerDistrict, ...settings.perDistrict }, closedDays, closedDistricts, extraDays };
  }
  const hours = settings.hours ? Object.fromEntries(Object.entries(settings.hours).map(([d, h]) => [Number(d), h])) : pool.hours;
  return { ...pool, capacity: settings.counters ?? pool.capacity, hours, closedDays, extraDays };
}

/** The figures as the admin page shows and edits them, for either kind of pool. */
export function currentFigures(pool: SlotPool): { perDistrict?: Record<string, number>; counters?: number; hours?: Record<string, Hours> } {
  if (pool.kind === 'day') return { perDistrict: Object.fromEntries(districtIds().map((d) => [d, pool.capacityPerDistrict[d] ?? 0])) };
  return { counters: pool.capacity, hours: Object.fromEntries([1, 2, 3, 4, 5, 6].map((d) => [String(d), pool.hours[d] ?? []])) };
}

export interface Problem {
  field: string;
  code: string;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
/** More than this a day's tour or the office's counters can't be: a typo, not a plan. */
export const MAX_PER_SLOT = 200;

function checkCount(field: string, value: unknown, problems: Problem[]): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_PER_SLOT) problems.push({ field, code: 'count' });
}

/** Office hours of a day: valid times, each range starting before it ends, ranges not overlapping. */
export function checkHours(field: string, hours: Hours, problems: Problem[]): void {
  let last = '';
  for (const range of hours) {
    const [start, end] = range;
    if (range.length !== 2 || !HHMM.test(start) || !HHMM.test(end)) return void problems.push({ field, code: 'time' });
    if (start >= end) return void problems.push({ field, code: 'order' });
    if (start < last) return void problems.push({ field, code: 'overlap' });
    last = end;
  }
}

/** The new figures for a pool, checked; field names as the admin page names its inputs. */
export function checkFigures(
  pool: SlotPool,
  input: { perDistrict?: Record<string, number>; counters?: number; hours?: Record<string, Hours> },
): Problem[] {
  const problems: Problem[] = [];
  if (pool.kind === 'day') {
    if (input.counters !== undefined || input.hours !== undefined) problems.push({ field: 'pool', code: 'notTimePool' });
    for (const [district, n] of Object.entries(input.perDistrict ?? {})) {
      if (!isDistrict(district)) problems.push({ field: `perDistrict.${district}`, code: 'unknownDistrict' });
      else checkCount(`perDistrict.${district}`, n, problems);
    }
  } else {
    if (input.perDistrict !== undefined) problems.push({ field: 'pool', code: 'notDayPool' });
    if (input.counters !== undefined) checkCount('counters', input.counters, problems);
    for (const [day, hours] of Object.entries(input.hours ?? {})) {
      if (!/^[1-6]$/.test(day)) problems.push({ field: `hours.${day}`, code: 'weekday' });
      else checkHours(`hours.${day}`, hours, problems);
    }
  }
  return problems;
}

/** A district the admin may close a day in: only where capacity is counted per district, and one that exists. */
export function checkDistrict(pool: SlotPool, district: string | undefined): Problem[] {
  if (district === undefined) return [];
  if (pool.kind !== 'day') return [{ field: 'district', code: 'notDayPool' }];
  return isDistrict(district) ? [] : [{ field: 'district', code: 'unknownDistrict' }];
}

/** A day the admin may close or open: a real date, today or later. */
export function checkDay(date: string, today: string): Problem[] {
  const parsed = parseSlotId(date);
  if (!parsed || parsed.time) return [{ field: 'date', code: 'invalid' }];
  if (date < today) return [{ field: 'date', code: 'past' }];
  return [];
}
