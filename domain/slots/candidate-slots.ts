import { todayInWerne } from '../validation/calendar-date';
import { isNrwHoliday, isoDate } from './holidays-nrw';
import type { SlotPool } from './pools';
import { parseSlotId } from './slot-id';

const DAY_MS = 86_400_000;

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Werne's today as a UTC midnight timestamp: day arithmetic without time zones or DST. */
function todayMs(now: Date): number {
  const t = todayInWerne(now);
  return Date.UTC(t.year, t.month - 1, t.day);
}

function slotsOfDay(pool: SlotPool, dayMs: number): string[] {
  const d = new Date(dayMs);
  const date = isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  const weekday = d.getUTCDay();
  if (pool.closedDays && Object.hasOwn(pool.closedDays, date)) return [];
  const extra = pool.extraDays && Object.hasOwn(pool.extraDays, date) ? pool.extraDays[date] : undefined;
  if (!extra && isNrwHoliday(date)) return [];
  if (pool.kind === 'day') return extra || pool.weekdays.includes(weekday) ? [date] : [];
  const slots: string[] = [];
  for (const [start, end] of extra ?? pool.hours[weekday] ?? []) {
    for (let m = minutesOf(start); m + pool.minutes <= minutesOf(end); m += pool.minutes) slots.push(`${date}T${hhmm(m)}`);
  }
  return slots;
}

/**
 * Every slot of the pool a citizen may wish for today, earliest first: bookable days (weekdays
 * without NRW holidays, within the pool's window), and for time pools each slot of the office
 * hours. `from` (a date) narrows the start, e.g. for a second page of results.
 */
export function candidateSlots(pool: SlotPool, now: Date, from?: string): string[] {
  const today = todayMs(now);
  let first = today + pool.minDaysAhead * DAY_MS;
  const last = today + pool.maxDaysAhead * DAY_MS;
  const parsedFrom = from ? parseSlotId(from) : undefined;
  if (parsedFrom) first = Math.max(first, Date.parse(`${parsedFrom.date}T00:00:00Z`));
  const slots: string[] = [];
  for (let day = first; day <= last; day += DAY_MS) slots.push(...slotsOfDay(pool, day));
  return slots;
}

/** Whether this slot id is one the pool offers today (right shape, day, time and window). */
export function isBookable(pool: SlotPool, slotId: string, now: Date): boolean {
  const parsed = parseSlotId(slotId);
  if (!parsed || (pool.kind === 'day') !== (parsed.time === undefined)) return false;
  const day = Date.parse(`${parsed.date}T00:00:00Z`);
  const ahead = Math.round((day - todayMs(now)) / DAY_MS);
  if (ahead < pool.minDaysAhead || ahead > pool.maxDaysAhead) return false;
  return slotsOfDay(pool, day).includes(slotId);
}

/** The slots of one day (`YYYY-MM-DD`) as the pool offers them, whatever the booking window. */
export function slotsOnDate(pool: SlotPool, date: string): string[] {
  return slotsOfDay(pool, Date.parse(`${date}T00:00:00Z`));
}

/**
 * Whether a slot lies in the pool's booking window (not too close, not too far). The device
 * checks only this on the server's list: which days are open is the server's (administered) say.
 */
export function inBookingWindow(pool: SlotPool, slotId: string, now: Date): boolean {
  const parsed = parseSlotId(slotId);
  if (!parsed || (pool.kind === 'day') !== (parsed.time === undefined)) return false;
  const ahead = Math.round((Date.parse(`${parsed.date}T00:00:00Z`) - todayMs(now)) / DAY_MS);
  return ahead >= pool.minDaysAhead && ahead <= pool.maxDaysAhead;
}

/** A slot id as a point in (Werne-local, zone-free) time, for measuring distances. */
export function slotTime(slotId: string): number {
  const parsed = parseSlotId(slotId);
  if (!parsed) return Number.NaN;
  return Date.parse(`${parsed.date}T${parsed.time ?? '00:00'}:00Z`);
}

/**
 * The free slots nearest to the wished one, nearest first; on a tie the earlier one first
 * (sooner is what most people prefer when their day is gone).
 */
export function nearestAlternatives(wished: string, free: readonly string[], count = 3): string[] {
  const target = slotTime(wished);
  const base = Number.isNaN(target) ? 0 : target;
  return free
    .filter((s) => s !== wished)
    .map((s) => ({ s, t: slotTime(s) }))
    .sort((a, b) => Math.abs(a.t - base) - Math.abs(b.t - base) || a.t - b.t)
    .slice(0, count)
    .map((x) => x.s);
}
