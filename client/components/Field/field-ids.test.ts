import { describe, expect, it } from 'vitest';
import { SPERRMUELLKARTE_V1 as SPERRMUELLKARTE } from '../../../domain/catalogue';
import { errorAnchor } from './field-ids';

describe('errorAnchor', () => {
  const f = SPERRMUELLKARTE.fields;
  it('points at the part of a date that is wrong', () => {
    expect(errorAnchor(f.pickupDate, 'pickupDate', 'missingMonth')).toBe('#field-pickupDate-month');
    expect(errorAnchor(f.pickupDate, 'pickupDate', 'notWeekday')).toBe('#field-pickupDate-day');
  });
  it('points at the first checkbox and at plain inputs', () => {
    expect(errorAnchor(f.items, 'items', 'noneChosen')).toBe('#field-items-moebel');
    expect(errorAnchor(f.volume, 'volume', 'range')).toBe('#field-volume');
    expect(errorAnchor(undefined, 'evil', 'unknownField')).toBe('#field-evil');
  });
});
