import { dayNumber, isoDay, type Pickup } from '../../../domain/waste-calendar';
import { formatCalendarDate } from '../../format/format-date';

export function formatDay(iso: string, locale: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return formatCalendarDate({ year, month, day }, locale);
}

export function formatMonth(month: string, locale: string): string {
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, m - 1, 1)));
}

/** Pickups of one day together: the citizen reads "Monday: paper and packaging". */
export function groupByDate(pickups: readonly Pickup[]): { date: string; pickups: Pickup[] }[] {
  const out: { date: string; pickups: Pickup[] }[] = [];
  for (const p of pickups) {
    const last = out[out.length - 1];
    if (last?.date === p.date) last.pickups.push(p);
    else out.push({ date: p.date, pickups: [p] });
  }
  return out;
}

/** First and last day of a month given as YYYY-MM. */
export function monthRange(month: string): { first: string; last: string } {
  const [y, m] = month.split('-').map(Number);
  const first = `${month}-01`;
  const nextFirst = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { first, last: isoDay(dayNumber(nextFirst) - 1) };
}

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function isMonth(value: string | undefined): value is string {
  return !!value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}
