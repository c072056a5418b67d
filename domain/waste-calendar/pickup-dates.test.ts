import { describe, expect, it } from 'vitest';
import { isNrwHoliday } from '../slots';
import { cityCalendar, checkCalendarData, nextPickups, pickupDates, routeOfStreet, todayInWerne, type CalendarData } from './index';
import { WERNE } from '../city';

const weekday = (iso: string) => new Date(`${iso}T12:00:00Z`).getUTCDay();

describe('Abfallkalender data', () => {
  it('the shipped sample fits the shape and is marked as sample', () => {
    expect(checkCalendarData(cityCalendar(), WERNE.streets)).toEqual([]);
    expect(cityCalendar().sample).toBe(true);
  });

  it('names the problems of a broken replacement file', () => {
    const broken = structuredClone(cityCalendar()) as CalendarData;
    broken.routes['stockum'].bio = { start: '2026-13-01', everyWeeks: 0 };
    broken.streetRoutes['Hauptstraße'] = 'nirgendwo';
    delete broken.districtRoutes['wessel'];
    const problems = checkCalendarData(broken, WERNE.streets);
    expect(problems).toEqual(
      expect.arrayContaining([
        'routes.stockum.bio.start: kein Datum JJJJ-MM-TT',
        'routes.stockum.bio.everyWeeks: ganze Zahl von 1 bis 52',
        'districtRoutes.wessel: keine gültige Tour',
        'streetRoutes: Straße „Hauptstraße“ gibt es im Straßenverzeichnis nicht',
      ]),
    );
  });
});

describe('Abfallkalender holidays against NRW law', () => {
  it('refuses 24 and 31 December as holidays: neither is a public holiday in NRW', () => {
    const wrong = structuredClone(cityCalendar()) as CalendarData;
    wrong.holidays.push('2026-12-24', '2026-12-31');
    expect(checkCalendarData(wrong, WERNE.streets)).toEqual([
      'holidays: 2026-12-24 ist in NRW kein gesetzlicher Feiertag (für einmalige Verlegungen gibt es „moves“)',
      'holidays: 2026-12-31 ist in NRW kein gesetzlicher Feiertag (für einmalige Verlegungen gibt es „moves“)',
    ]);
  });

  it('names a weekday holiday the file forgot, and a move onto a Sunday or holiday', () => {
    const wrong = structuredClone(cityCalendar()) as CalendarData;
    wrong.holidays = wrong.holidays.filter((h) => h !== '2026-06-04');
    wrong.moves['2026-12-24'] = '2026-12-25';
    wrong.moves['2026-12-31'] = '2026-12-27';
    expect(checkCalendarData(wrong, WERNE.streets)).toEqual([
      'holidays: der Feiertag 2026-06-04 fehlt',
      'moves.2026-12-24: 2026-12-25 ist ein Sonn- oder Feiertag',
      'moves.2026-12-31: 2026-12-27 ist ein Sonn- oder Feiertag',
    ]);
  });

  it('no pickup of any street falls on an NRW holiday or a Sunday', () => {
    for (const street of ['Bonenstraße', 'Südmauer', 'Stockumer Straße', 'Langerner Straße', 'Steinstraße']) {
      for (const p of pickupDates(cityCalendar(), street, cityCalendar().validFrom, cityCalendar().validUntil)) {
        expect(isNrwHoliday(p.date), `${street} ${p.date}`).toBe(false);
        expect(weekday(p.date), `${street} ${p.date}`).not.toBe(0);
      }
    }
  });
});

describe('pickup dates', () => {
  it('a street takes its own route before its district\'s', () => {
    expect(routeOfStreet(cityCalendar(), 'Bonenstraße')).toBe('mitte-nord');
    expect(routeOfStreet(cityCalendar(), 'südmauer')).toBe('mitte-sued');
    expect(routeOfStreet(cityCalendar(), 'Wesseler Str.')).toBe('stockum');
    expect(routeOfStreet(cityCalendar(), 'Hauptstraße')).toBeUndefined();
    expect(pickupDates(cityCalendar(), 'Hauptstraße', '2026-01-01', '2026-12-31')).toEqual([]);
  });

  it('repeats every N weeks on the route\'s weekday, sorted by date', () => {
    const rest = pickupDates(cityCalendar(), 'Bonenstraße', '2026-02-01', '2026-03-31', ['restmuell']);
    expect(rest.map((p) => p.date)).toEqual(['2026-02-02', '2026-02-16', '2026-03-02', '2026-03-16', '2026-03-30']);
    expect(rest.every((p) => weekday(p.date) === 1)).toBe(true);
    const paper = pickupDates(cityCalendar(), 'Bonenstraße', '2026-01-01', '2026-03-31', ['papier']);
    expect(paper.map((p) => p.date)).toEqual(['2026-01-07', '2026-02-04', '2026-03-04']);
    const all = pickupDates(cityCalendar(), 'Bonenstraße', '2026-03-01', '2026-03-31');
    expect(all.map((p) => p.date)).toEqual([...all.map((p) => p.date)].sort());
    expect(new Set(all.map((p) => p.type))).toEqual(new Set(['restmuell', 'bio', 'papier', 'verpackung']));
  });

  it('moves pickups on and after a weekday holiday one day later in that week', () => {
    // Karfreitag 2026-04-03 (Fri) and Ostermontag 2026-04-06 (Mon).
    // Mitte-Nord Bio: Monday 2026-04-06 (Ostermontag) → Tuesday.
    const april = pickupDates(cityCalendar(), 'Bonenstraße', '2026-04-01', '2026-04-10');
    expect(april).toContainEqual({ date: '2026-04-07', type: 'bio', movedFrom: '2026-04-06', movedBecause: 'holiday' });
    // Wednesday Verpackung in Ostermontag's week moves too (2026-04-08 → 2026-04-09).
    expect(april).toContainEqual({ date: '2026-04-09', type: 'verpackung', movedFrom: '2026-04-08', movedBecause: 'holiday' });
    // Ascension Thursday 2026-05-14: Friday pickups move to Saturday (Außenbereich Restmüll, Fridays).
    const may = pickupDates(cityCalendar(), 'Langerner Straße', '2026-05-11', '2026-05-17', ['restmuell', 'bio']);
    expect(may.find((p) => p.movedFrom === '2026-05-15')?.date).toBe('2026-05-16');
    // A pickup before the holiday in the same week stays (Monday 2026-05-11 Restmüll Mitte-Nord).
    const before = pickupDates(cityCalendar(), 'Bonenstraße', '2026-05-11', '2026-05-11', ['restmuell']);
    expect(before).toEqual([{ date: '2026-05-11', type: 'restmuell' }]);
  });

  it('applies one-off moves such as Christmas Eve', () => {
    // Stockum Restmüll: Thursdays every 2 weeks from 2026-01-08 → 2026-12-24 is one.
    const dec = pickupDates(cityCalendar(), 'Stockumer Straße', '2026-12-20', '2026-12-27', ['restmuell']);
    // Christmas Eve is no public holiday in NRW: the move is the calendar's own, not a holiday's.
    expect(dec).toEqual([{ date: '2026-12-23', type: 'restmuell', movedFrom: '2026-12-24', movedBecause: 'move' }]);
  });

  it('stays within the calendar\'s validity', () => {
    expect(pickupDates(cityCalendar(), 'Markt', '2025-01-01', '2025-12-31')).toEqual([]);
    const end = pickupDates(cityCalendar(), 'Markt', '2027-12-01', '2028-02-01');
    expect(end.length).toBeGreaterThan(0);
    expect(end.every((p) => p.date <= '2027-12-31')).toBe(true);
  });

  it('gives the next pickups from today on, today included', () => {
    const next = nextPickups(cityCalendar(), 'Bonenstraße', '2026-02-02', 3);
    expect(next[0]).toEqual({ date: '2026-02-02', type: 'restmuell' });
    expect(next).toHaveLength(3);
  });

  it('takes today in Werne, not in the device\'s zone', () => {
    expect(todayInWerne(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
    expect(todayInWerne(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });
});
