import { findStreet } from '../places';
import type { CalendarData, Rhythm, WasteType } from './calendar-data';
import { WASTE_TYPES } from './calendar-data';

export interface Pickup {
  /** YYYY-MM-DD, a calendar day in Werne (no time zone involved). */
  date: string;
  type: WasteType;
  /** Set when a holiday or a one-off move put the pickup on another day than its rhythm. */
  movedFrom?: string;
  /**
   * Why it moved: a public holiday in its week, or one of the calendar's one-off `moves` (e.g.
   * Christmas Eve, which is no public holiday; the page must not call it one).
   */
  movedBecause?: 'holiday' | 'move';
}

const DAY_MS = 86_400_000;

/** Calendar days as whole numbers (days since 1970-01-01), so no clock or zone can shift them. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday. */
function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  return (((day + 3) % 7) + 7) % 7;
}

/** The route id serving a street: its own entry first, else its district's. */
export function routeOfStreet(data: CalendarData, streetName: string): string | undefined {
  const street = findStreet(streetName);
  if (!street) return undefined;
  return data.streetRoutes[street.name] ?? data.districtRoutes[street.district];
}

/** How many holidays fall on Monday–Friday of this day's week, up to and including the day itself. */
function holidayShift(day: number, holidays: Set<number>): number {
  const monday = day - weekdayOf(day);
  let shift = 0;
  for (let d = monday; d <= day; d++) if (weekdayOf(d) < 5 && holidays.has(d)) shift++;
  return shift;
}

function rhythmDays(rhythm: Rhythm, from: number, to: number): number[] {
  const start = dayNumber(rhythm.start);
  const step = rhythm.everyWeeks * 7;
  // First date of the rhythm not before `from` (rhythms run backwards too, for earlier ranges).
  let day = start + Math.ceil((from - start) / step) * step;
  const out: number[] = [];
  // A week earlier, too: a holiday shift can carry a pickup of the day before into the range.
  for (day -= step; day <= to; day += step) out.push(day);
  return out;
}

/**
 * Every pickup for a street between two days (inclusive, YYYY-MM-DD), date order, restricted to
 * the calendar's validity. Unknown street: an empty list (the page says so).
 */
export function pickupDates(data: CalendarData, streetName: string, from: string, to: string, types: readonly WasteType[] = WASTE_TYPES): Pickup[] {
  const routeId = routeOfStreet(data, streetName);
  const route = routeId ? data.routes[routeId] : undefined;
  if (!route) return [];
  const first = Math.max(dayNumber(from), dayNumber(data.validFrom));
  const last = Math.min(dayNumber(to), dayNumber(data.validUntil));
  if (first > last) return [];
  const holidays = new Set(data.holidays.map(dayNumber));
  const moves = new Map(Object.entries(data.moves).map(([a, b]) => [dayNumber(a), dayNumber(b)]));
  const pickups: Pickup[] = [];
  for (const type of types) {
    const rhythm = route[type];
    if (!rhythm) continue;
    for (const planned of rhythmDays(rhythm, first, last)) {
      let shifted = planned + holidayShift(planned, holidays);
      // A shift must not land on a holiday or a Sunday either (Friday 25 December's pickup would
      // reach Saturday the 26th): on to the next working day.
      while (holidays.has(shifted) || weekdayOf(shifted) === 6) shifted++;
      const day = moves.get(shifted) ?? shifted;
      if (day < first || day > last) continue;
      const movedBecause = day !== shifted ? 'move' : 'holiday';
      pickups.push({ date: isoDay(day), type, ...(day !== planned ? { movedFrom: isoDay(planned), movedBecause } : {}) });
    }
  }
  return pickups.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : WASTE_TYPES.indexOf(a.type) - WASTE_TYPES.indexOf(b.type)));
}

/** The next pickups from a day on (that day included): at most `count`, date order. */
export function nextPickups(data: CalendarData, streetName: string, today: string, count: number): Pickup[] {
  const horizon = isoDay(dayNumber(today) + 120);
  return pickupDates(data, streetName, today, horizon).slice(0, count);
}

/** Today in Werne as YYYY-MM-DD (the device may be set to another zone; pickups are Werne's days). */
export function todayInWerne(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
