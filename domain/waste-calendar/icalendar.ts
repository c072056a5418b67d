/**
 * iCalendar (RFC 5545) for a street's pickups, made on the device so the download works
 * offline. All-day events (DATE values, DTEND the day after, 3.6.1), lines ending in CRLF and
 * folded at 75 octets (3.1), TEXT escaped (3.3.11), a stable UID per pickup so a re-import
 * updates instead of duplicating.
 */
import type { Pickup } from './pickup-dates';
import { dayNumber, isoDay } from './pickup-dates';

export interface IcsEvent {
  uid: string;
  /** An all-day event's day, YYYY-MM-DD (ignored when `start` is given). */
  date: string;
  /** A timed event (an appointment): start and end as instants, written in UTC (3.3.5 form #2). */
  start?: Date;
  end?: Date;
  location?: string;
  summary: string;
  description?: string;
  /**
   * A reminder (VALARM, 3.6.6) before the all-day event's start, e.g. `-PT5H`: 19:00 the evening
   * before in the calendar's own time, as an all-day DTSTART is a local date.
   */
  alarm?: { trigger: string; description: string };
}

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line to at most 75 octets per physical line, continuation lines starting with
 * one space; never inside a UTF-8 sequence (an "ü" split in two bytes would corrupt the file).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; continuation lines 74 plus their leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function compactDate(iso: string): string {
  return iso.replace(/-/g, '');
}

/** DTSTAMP: the moment the file was made, in UTC (form #2 of 3.3.5). */
function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function buildCalendar(options: { name: string; events: IcsEvent[]; now?: Date }): string {
  const dtstamp = stamp(options.now ?? new Date());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    // The product, not the city: the same for every municipality that runs the portal.
    'PRODID:-//Buergerportal//Kalender//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  for (const event of options.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${dtstamp}`,
      ...(event.start && event.end
        ? [`DTSTART:${stamp(event.start)}`, `DTEND:${stamp(event.end)}`]
        : [`DTSTART;VALUE=DATE:${compactDate(event.date)}`, `DTEND;VALUE=DATE:${compactDate(isoDay(dayNumber(event.date) + 1))}`]),
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      // A pickup does not block the day; an appointment does.
      event.start ? 'TRANSP:OPAQUE' : 'TRANSP:TRANSPARENT',
      // ACTION, TRIGGER and DESCRIPTION are what a DISPLAY alarm requires (3.6.6).
      ...(event.alarm ? ['BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:${event.alarm.trigger}`, `DESCRIPTION:${escapeText(event.alarm.description)}`, 'END:VALARM'] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A UID that stays the same for the same street, day and waste type across downloads. */
export function pickupUid(streetName: string, pickup: Pickup): string {
  const slug = streetName
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${compactDate(pickup.date)}-${pickup.type}-${slug}@abfallkalender.werne.de`;
}

/** File name for the download, ASCII only so every browser and OS keeps it. */
export function calendarFileName(streetName: string): string {
  const slug = streetName
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue').replace(/ß/g, 'ss')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `abfallkalender-${slug}.ics`;
}
