import type { DateParts } from '../catalogue/service-definition';

/** A calendar date without time or zone: what a citizen means by "the 3rd of March". */
export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number;
}

const MONTH_NAMES: Record<string, number> = {
  jan: 1, januar: 1, january: 1, jänner: 1,
  feb: 2, februar: 2, february: 2,
  mär: 3, mar: 3, märz: 3, maerz: 3, march: 3,
  apr: 4, april: 4,
  mai: 5, may: 5,
  jun: 6, juni: 6, june: 6,
  jul: 7, juli: 7, july: 7,
  aug: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oct: 10, oktober: 10, october: 10,
  nov: 11, november: 11,
  dez: 12, dec: 12, dezember: 12, december: 12,
};

/** Accepts "3", "03", "März", "mar" as a month, as GOV.UK's date input advice recommends. */
function parseMonth(raw: string): number | undefined {
  const text = raw.trim().toLowerCase().replace(/\.$/, '');
  if (/^\d{1,2}$/.test(text)) return Number(text);
  return MONTH_NAMES[text];
}

export type DatePartsProblem = 'missing' | 'missingDay' | 'missingMonth' | 'missingYear' | 'invalid';

/** Reads the three fields of a date input; says which part is wrong when it can't. */
export function parseDateParts(parts: Partial<DateParts> | undefined): CalendarDate | DatePartsProblem {
  const day = (parts?.day ?? '').trim();
  const month = (parts?.month ?? '').trim();
  const year = (parts?.year ?? '').trim();
  if (!day && !month && !year) return 'missing';
  if (!day) return 'missingDay';
  if (!month) return 'missingMonth';
  if (!year) return 'missingYear';
  const m = parseMonth(month);
  if (!/^\d{1,2}$/.test(day) || !/^\d{4}$/.test(year) || m === undefined) return 'invalid';
  const date = { year: Number(year), month: m, day: Number(day) };
  return isRealDate(date) ? date : 'invalid';
}

function isRealDate({ year, month, day }: CalendarDate): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Today's date in Werne, whatever zone the machine runs in. */
export function todayInWerne(now: Date = new Date()): CalendarDate {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .format(now)
    .split('-')
    .map(Number);
  return { year, month, day };
}

function toUtcDays({ year, month, day }: CalendarDate): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toUtcDays(to) - toUtcDays(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

export function toIsoDate({ year, month, day }: CalendarDate): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
