import { describe, expect, it } from 'vitest';
import { easterSunday, isNrwHoliday, nrwHolidays } from './holidays-nrw';

describe('NRW public holidays', () => {
  it('finds Easter Sunday for known years', () => {
    expect(easterSunday(2025)).toEqual({ month: 4, day: 20 });
    expect(easterSunday(2026)).toEqual({ month: 4, day: 5 });
    expect(easterSunday(2027)).toEqual({ month: 3, day: 28 });
    expect(easterSunday(2038)).toEqual({ month: 4, day: 25 });
  });

  it('lists the eleven holidays of 2026 with the movable ones from Easter', () => {
    expect([...nrwHolidays(2026).keys()].sort()).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-25',
      '2026-06-04',
      '2026-10-03',
      '2026-11-01',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('moves Karfreitag, Himmelfahrt, Pfingstmontag and Fronleichnam with Easter in 2027', () => {
    expect(isNrwHoliday('2027-03-26')).toBe(true);
    expect(isNrwHoliday('2027-03-29')).toBe(true);
    expect(isNrwHoliday('2027-05-06')).toBe(true);
    expect(isNrwHoliday('2027-05-17')).toBe(true);
    expect(isNrwHoliday('2027-05-27')).toBe(true);
    // Reformationstag is a holiday in other states, not in NRW; Pfingstsonntag is a Sunday anyway.
    expect(isNrwHoliday('2027-10-31')).toBe(false);
    expect(isNrwHoliday('2027-03-30')).toBe(false);
  });
});
