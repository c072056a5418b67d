import { describe, expect, it } from 'vitest';
import { cityCalendar, parseWasteTypes, pickupDates, streetCalendar, type StreetCalendarTexts } from './index';

const texts: StreetCalendarTexts = {
  calendarName: 'Abfallkalender Steinstraße, Werne',
  typeName: (type) => ({ restmuell: 'Restmüll (graue Tonne)', bio: 'Bio', papier: 'Papier (blaue Tonne)', verpackung: 'Gelb' })[type],
  description: 'Bitte bis 6 Uhr an die Straße stellen.',
  reminder: (name) => `Morgen wird abgeholt: ${name}`,
};

/** Unfolds (RFC 5545 3.1) and walks the components: each BEGIN has its END, properties per component. */
function components(ics: string) {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  const stack: { name: string; props: string[]; children: any[] }[] = [{ name: 'ROOT', props: [], children: [] }];
  for (const line of lines) {
    if (line.startsWith('BEGIN:')) {
      const c = { name: line.slice(6), props: [], children: [] };
      stack[stack.length - 1].children.push(c);
      stack.push(c);
    } else if (line.startsWith('END:')) {
      expect(stack.pop()!.name).toBe(line.slice(4));
    } else stack[stack.length - 1].props.push(line);
  }
  expect(stack).toHaveLength(1);
  return stack[0].children;
}

describe('a street\'s calendar file', () => {
  it('reminds the evening before each pickup with a valid DISPLAY alarm', () => {
    const ics = streetCalendar(cityCalendar(), 'Steinstraße', '2026-03-01', texts, { now: new Date('2026-03-01T08:00:00Z') });
    const [calendar] = components(ics);
    expect(calendar.name).toBe('VCALENDAR');
    const events = calendar.children.filter((c: any) => c.name === 'VEVENT');
    expect(events.length).toBe(pickupDates(cityCalendar(), 'Steinstraße', '2026-03-01', cityCalendar().validUntil).length);
    for (const event of events) {
      // Exactly one alarm, inside the event, with the three properties a DISPLAY alarm must have once each.
      expect(event.children).toHaveLength(1);
      const [alarm] = event.children;
      expect(alarm.name).toBe('VALARM');
      expect(alarm.props.filter((p: string) => p.startsWith('ACTION:'))).toEqual(['ACTION:DISPLAY']);
      // Relative to the all-day start (00:00 local): 19:00 the evening before.
      expect(alarm.props.filter((p: string) => p.startsWith('TRIGGER'))).toEqual(['TRIGGER:-PT5H']);
      expect(alarm.props.filter((p: string) => p.startsWith('DESCRIPTION:'))).toHaveLength(1);
    }
    expect(ics).toContain('DESCRIPTION:Morgen wird abgeholt: Papier (blaue Tonne)');
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('holds only the chosen bins', () => {
    const ics = streetCalendar(cityCalendar(), 'Steinstraße', '2026-03-01', texts, { types: ['papier'] });
    expect(ics).toContain('SUMMARY:Papier (blaue Tonne) – Steinstraße');
    expect(ics).not.toContain('Restmüll');
  });

  it('reads a list of bin types strictly', () => {
    expect(parseWasteTypes('papier,restmuell')).toEqual(['restmuell', 'papier']);
    expect(parseWasteTypes('papier,glas')).toBeUndefined();
    expect(parseWasteTypes('')).toBeUndefined();
  });
});
