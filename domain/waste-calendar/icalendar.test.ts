import { describe, expect, it } from 'vitest';
import { cityCalendar, buildCalendar, calendarFileName, escapeText, foldLine, pickupDates, pickupUid } from './index';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('iCalendar', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('Papier, Pappe; Karton\\Rest\nneu')).toBe('Papier\\, Pappe\\; Karton\\\\Rest\\nneu');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = 'DESCRIPTION:' + 'Müllabfuhr für die Straße Am Förderturm – '.repeat(6);
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const p of physical) expect(octets(p)).toBeLessThanOrEqual(75);
    for (const p of physical.slice(1)) expect(p.startsWith(' ')).toBe(true);
    // Unfolding (RFC 5545 3.1) gives back the line exactly.
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SUMMARY:kurz')).toBe('SUMMARY:kurz');
  });

  it('writes all-day events with UID and DTSTAMP, CRLF line ends only', () => {
    const pickups = pickupDates(cityCalendar(), 'Bonenstraße', '2026-04-01', '2026-04-30');
    const ics = buildCalendar({
      name: 'Abfallkalender Bonenstraße, Werne',
      now: new Date('2026-03-15T10:20:30.456Z'),
      events: pickups.map((p) => ({ uid: pickupUid('Bonenstraße', p), date: p.date, summary: `Abfuhr ${p.type}` })),
    });
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('X-WR-CALNAME:Abfallkalender Bonenstraße\\, Werne');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(pickups.length);
    expect(lines.filter((l) => l === 'DTSTAMP:20260315T102030Z')).toHaveLength(pickups.length);
    expect(lines).toContain('DTSTART;VALUE=DATE:20260407');
    expect(lines).toContain('DTEND;VALUE=DATE:20260408');
    expect(lines).toContain('UID:20260407-bio-bonenstrasse@abfallkalender.werne.de');
    const uids = lines.filter((l) => l.startsWith('UID:'));
    expect(new Set(uids).size).toBe(uids.length);
    // A month's end rolls DTEND into the next month.
    expect(buildCalendar({ name: 'x', events: [{ uid: 'a@b', date: '2026-04-30', summary: 's' }] })).toContain('DTEND;VALUE=DATE:20260501');
  });

  it('names the file in ASCII', () => {
    expect(calendarFileName('Südmauer')).toBe('abfallkalender-Suedmauer.ics');
    expect(calendarFileName('Am Förderturm')).toBe('abfallkalender-Am-Foerderturm.ics');
  });
});
