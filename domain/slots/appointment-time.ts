/**
 * An office slot (`2026-12-07T08:20`) is Werne's wall-clock time; a calendar file needs the
 * instant. Converted with the zone rules of the platform's Intl data, so summer time is right
 * without a zone table of our own.
 */
import { parseSlotId } from './slot-id';

const berlin = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Berlin',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Minutes Berlin is ahead of UTC at an instant. */
function offsetMinutes(at: Date): number {
  const parts = Object.fromEntries(berlin.formatToParts(at).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return Math.round((asUtc - at.getTime()) / 60_000);
}

/** The instant of a wall-clock time in Werne (YYYY-MM-DD, HH:MM). */
export function werneTimeToInstant(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  const guess = Date.UTC(y, m - 1, d, h, min);
  // Offices open long after 03:00, so the hour a clock change skips or repeats never occurs.
  return new Date(guess - offsetMinutes(new Date(guess - offsetMinutes(new Date(guess)) * 60_000)) * 60_000);
}

/** Start and end of a timed slot as instants; undefined for a day slot or a malformed id. */
export function slotInterval(slotId: string, minutes: number): { start: Date; end: Date } | undefined {
  const parsed = parseSlotId(slotId);
  if (!parsed?.time) return undefined;
  const start = werneTimeToInstant(parsed.date, parsed.time);
  return { start, end: new Date(start.getTime() + minutes * 60_000) };
}
