import { streetRegister } from '../places/streets';

/**
 * Capacity pools as data: which slots exist and how many of each can be given. The server
 * counts bookings against these numbers; the device lists the same candidates offline.
 * SAMPLE FIGURES for Werne, to be set by the departments.
 */
/** What the administrator changed on the calendar (domain/capacity): days closed, extra days opened. */
interface DayExceptions {
  /** Closed days (`YYYY-MM-DD` → the reason): no slot on them whatever the weekday. */
  closedDays?: Readonly<Record<string, string>>;
  /** Extra days (`YYYY-MM-DD` → office hours; none for a pickup day), open even on a weekend or holiday. */
  extraDays?: Readonly<Record<string, readonly (readonly [string, string])[]>>;
}

export interface DayPool extends DayExceptions {
  id: string;
  kind: 'day';
  /** 1 = Monday … 5 = Friday (Date#getUTCDay numbering). */
  weekdays: readonly number[];
  /** Bookable from this many days after today … */
  minDaysAhead: number;
  /** … up to this many. */
  maxDaysAhead: number;
  /** Bookings per day in each district: the crews' daily tour per Ortsteil. */
  capacityPerDistrict: Readonly<Record<string, number>>;
  /** Days closed in single districts only (`YYYY-MM-DD` → districts), e.g. one crew short. */
  closedDistricts?: Readonly<Record<string, readonly string[]>>;
}

export interface TimePool extends DayExceptions {
  id: string;
  kind: 'time';
  /** Slot length in minutes. */
  minutes: number;
  /** Office hours per weekday (1 = Monday … 5 = Friday), as ["08:00", "12:00"] ranges. */
  hours: Readonly<Record<number, readonly (readonly [string, string])[]>>;
  minDaysAhead: number;
  maxDaysAhead: number;
  /** Bookings per slot: the number of counters (Schalter) open. */
  capacity: number;
}

export type SlotPool = DayPool | TimePool;

const SPERRMUELL: DayPool = {
  id: 'sperrmuell',
  kind: 'day',
  weekdays: [1, 2, 3, 4, 5],
  minDaysAhead: 3,
  maxDaysAhead: 120,
  // The city's figures per Ortsteil (its street register), read when first asked for: on import
  // the city may not be chosen yet.
  get capacityPerDistrict() {
    return Object.fromEntries(streetRegister().districts.map((d) => [d.id, d.bulkyWastePickupsPerDay]));
  },
};

const MORNING = [['08:00', '12:00']] as const;

const BUERGERBUERO: TimePool = {
  id: 'buergerbuero',
  kind: 'time',
  minutes: 20,
  hours: { 1: MORNING, 2: MORNING, 3: MORNING, 4: [['08:00', '12:00'], ['14:00', '18:00']], 5: MORNING },
  minDaysAhead: 1,
  maxDaysAhead: 42,
  capacity: 2,
};

export const SLOT_POOLS: Readonly<Record<string, SlotPool>> = { sperrmuell: SPERRMUELL, buergerbuero: BUERGERBUERO };

export function findPool(id: string): SlotPool | undefined {
  return Object.hasOwn(SLOT_POOLS, id) ? SLOT_POOLS[id] : undefined;
}

/** Whether capacity is counted per district (pickups) or for the whole city (the office). */
export function countsPerDistrict(pool: SlotPool): pool is DayPool {
  return pool.kind === 'day';
}

/** Whether the administrator closed this slot's day in this district alone (the other districts keep it). */
export function closedInDistrict(pool: SlotPool, district: string | undefined, slot: string): boolean {
  if (pool.kind !== 'day' || district === undefined || !pool.closedDistricts) return false;
  const date = slot.slice(0, 10);
  return Object.hasOwn(pool.closedDistricts, date) && pool.closedDistricts[date].includes(district);
}

/** How many bookings a slot of the pool takes (0: the district has no pickups). */
export function capacityOf(pool: SlotPool, district: string | undefined): number {
  if (pool.kind === 'time') return pool.capacity;
  return (district !== undefined && Object.hasOwn(pool.capacityPerDistrict, district) && pool.capacityPerDistrict[district]) || 0;
}
