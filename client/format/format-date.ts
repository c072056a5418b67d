import { parseDateParts, type CalendarDate } from '../../domain/validation/calendar-date';
import type { DateParts } from '../../domain/catalogue/service-definition';

/**
 * Dates and times as people in Werne read them. Calendar dates (a pickup day) carry no time
 * zone; timestamps (history entries) are shown in Werne's zone wherever the device is.
 */
export function formatCalendarDate(date: CalendarDate, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(date.year, date.month - 1, date.day)));
}

/** A date answer: the real date when it reads as one, otherwise exactly what was typed. */
export function formatDateAnswer(parts: Partial<DateParts>, locale: string): string {
  const parsed = parseDateParts(parts);
  if (typeof parsed !== 'string') return formatCalendarDate(parsed, locale);
  return [parts.day, parts.month, parts.year].map((p) => (p ?? '').trim()).filter(Boolean).join('. ');
}

export function formatTimestamp(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Berlin',
  }).format(date);
}

/** Only the day of a timestamp, in Werne's zone (tables, lists). */
export function formatDay(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Berlin' }).format(date);
}
