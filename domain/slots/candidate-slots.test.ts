import { describe, expect, it } from 'vitest';
import { candidateSlots, isBookable, nearestAlternatives } from './candidate-slots';
import { SLOT_POOLS, capacityOf } from './pools';

const sperrmuell = SLOT_POOLS.sperrmuell;
const buero = SLOT_POOLS.buergerbuero;
// Wednesday 25 November 2026, 10:00 in Werne.
const NOW = new Date('2026-11-25T09:00:00Z');

describe('pickup days (sperrmuell)', () => {
  const days = candidateSlots(sperrmuell, NOW);

  it('starts three days ahead and skips the weekend', () => {
    // 28/29 November are Saturday and Sunday: the first pickup day is Monday the 30th.
    expect(days[0]).toBe('2026-11-30');
    expect(days).not.toContain('2026-11-27');
    expect(days).not.toContain('2026-12-05');
  });

  it('leaves out the Christmas holidays and New Year', () => {
    expect(days).toContain('2026-12-24');
    expect(days).not.toContain('2026-12-25');
    expect(days).not.toContain('2027-01-01');
    expect(days).toContain('2027-01-04');
  });

  it('ends 120 days ahead (25 November + 120 days = 25 March 2027)', () => {
    expect(days.at(-1)).toBe('2027-03-25');
    expect(days.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
  });

  it('accepts only candidates as bookable', () => {
    expect(isBookable(sperrmuell, '2026-11-30', NOW)).toBe(true);
    expect(isBookable(sperrmuell, '2026-11-27', NOW)).toBe(false); // 2 days ahead
    expect(isBookable(sperrmuell, '2026-12-26', NOW)).toBe(false); // holiday and Saturday
    expect(isBookable(sperrmuell, '2026-12-25', NOW)).toBe(false); // Friday, holiday
    expect(isBookable(sperrmuell, '2027-03-26', NOW)).toBe(false); // 121 days ahead
    expect(isBookable(sperrmuell, '2026-11-30T08:00', NOW)).toBe(false); // a time in a day pool
    expect(isBookable(sperrmuell, 'morgen', NOW)).toBe(false);
  });

  it('counts capacity per district, none for an unknown one', () => {
    expect(capacityOf(sperrmuell, 'mitte')).toBeGreaterThan(0);
    expect(capacityOf(sperrmuell, 'stockum')).toBeGreaterThan(0);
    expect(capacityOf(sperrmuell, 'atlantis')).toBe(0);
    expect(capacityOf(sperrmuell, undefined)).toBe(0);
  });
});

describe('office appointments (buergerbuero)', () => {
  const slots = candidateSlots(buero, NOW);

  it('offers 20-minute slots from 8:00 to 12:00, the last starting 11:40', () => {
    const thursday = slots.filter((s) => s.startsWith('2026-11-26'));
    const friday = slots.filter((s) => s.startsWith('2026-11-27'));
    expect(friday[0]).toBe('2026-11-27T08:00');
    expect(friday[1]).toBe('2026-11-27T08:20');
    expect(friday.at(-1)).toBe('2026-11-27T11:40');
    expect(friday).toHaveLength(12);
    // Thursday also in the afternoon, 14:00 to 18:00.
    expect(thursday).toHaveLength(24);
    expect(thursday).toContain('2026-11-26T14:00');
    expect(thursday.at(-1)).toBe('2026-11-26T17:40');
  });

  it('has no slots today, at weekends or on holidays', () => {
    expect(slots.some((s) => s.startsWith('2026-11-25'))).toBe(false);
    expect(slots.some((s) => s.startsWith('2026-11-28'))).toBe(false);
    expect(slots.some((s) => s.startsWith('2026-12-25'))).toBe(false);
    expect(isBookable(buero, '2026-11-27T08:00', NOW)).toBe(true);
    expect(isBookable(buero, '2026-11-27T08:10', NOW)).toBe(false);
    expect(isBookable(buero, '2026-11-27T14:00', NOW)).toBe(false); // Friday afternoon: closed
    expect(isBookable(buero, '2026-11-27', NOW)).toBe(false);
  });

  it('starts later when asked from a date', () => {
    expect(candidateSlots(buero, NOW, '2026-12-01')[0]).toBe('2026-12-01T08:00');
  });
});

describe('nearest free alternatives', () => {
  it('orders by distance to the wish, earlier first on a tie, without the wish itself', () => {
    const free = ['2026-12-01', '2026-12-03', '2026-12-07', '2026-12-09', '2026-12-02'];
    expect(nearestAlternatives('2026-12-02', free, 3)).toEqual(['2026-12-01', '2026-12-03', '2026-12-07']);
  });

  it('works across days for time slots', () => {
    const free = ['2026-11-27T11:40', '2026-11-30T08:00', '2026-11-27T08:00'];
    expect(nearestAlternatives('2026-11-27T11:20', free, 2)).toEqual(['2026-11-27T11:40', '2026-11-27T08:00']);
  });

  it('gives nothing when nothing is free', () => {
    expect(nearestAlternatives('2026-12-02', [], 3)).toEqual([]);
  });
});
