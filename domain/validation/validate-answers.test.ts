import { describe, expect, it } from 'vitest';
// Version 1 (free date) stays registered for requests made with it; its rules still hold.
import { SPERRMUELLKARTE_V1 as SPERRMUELLKARTE } from '../catalogue';
import { parseDecimal, validateAnswers, validatePage } from './validate-answers';
import { parseDateParts } from './calendar-date';

// Wednesday, 25 November 2026, 10:00 in Werne.
const NOW = new Date('2026-11-25T09:00:00Z');
const valid = {
  items: ['moebel'],
  volume: '2,5',
  street: 'Bahnhofstraße',
  houseNumber: '12a',
  postcode: '59368',
  pickupDate: { day: '1', month: '12', year: '2026' },
};

describe('Sperrmüllkarte answers', () => {
  it('accepts a complete, sensible request', () => {
    expect(validateAnswers(SPERRMUELLKARTE, valid, NOW)).toEqual([]);
  });

  it('asks for something to pick up, and for a description of "other"', () => {
    expect(validatePage(SPERRMUELLKARTE, 'gegenstaende', {}, NOW)).toEqual([{ field: 'items', code: 'noneChosen' }]);
    expect(validatePage(SPERRMUELLKARTE, 'gegenstaende', { items: ['sonstiges'] }, NOW)).toEqual([
      { field: 'itemsOther', code: 'describeOther' },
    ]);
    expect(validatePage(SPERRMUELLKARTE, 'gegenstaende', { itemsOther: 'Klavier' }, NOW)).toEqual([]);
  });

  it('checks the volume range and reads German decimals', () => {
    expect(parseDecimal('2,5')).toBe(2.5);
    expect(validatePage(SPERRMUELLKARTE, 'menge', { volume: '7' }, NOW)[0]).toMatchObject({ code: 'range' });
    expect(validatePage(SPERRMUELLKARTE, 'menge', { volume: 'viel' }, NOW)[0]).toMatchObject({ code: 'notNumber' });
    expect(validatePage(SPERRMUELLKARTE, 'menge', { volume: '' }, NOW)[0]).toMatchObject({ code: 'required' });
  });

  it('wants a future weekday within half a year', () => {
    const on = (day: string, month: string, year = '2026') =>
      validatePage(SPERRMUELLKARTE, 'termin', { pickupDate: { day, month, year } }, NOW).map((e) => e.code);
    expect(on('25', '11')).toEqual(['notFuture']);
    expect(on('28', '11')).toEqual(['notWeekday']); // Saturday
    expect(on('26', '11')).toEqual([]);
    expect(on('30', '2')).toEqual(['invalid']);
    expect(on('3', 'Dezember')).toEqual([]);
    expect(on('3', '12', '2027')).toEqual(['tooFar']);
    expect(on('', '12')).toEqual(['missingDay']);
  });

  it('checks postcode and house number formats', () => {
    const errs = validatePage(SPERRMUELLKARTE, 'adresse', { street: 'Markt', houseNumber: 'zwölf', postcode: '5936' }, NOW);
    expect(errs.map((e) => `${e.field}:${e.code}`)).toEqual(['houseNumber:format', 'postcode:format']);
  });

  it('refuses answers to questions the form does not ask', () => {
    expect(validateAnswers(SPERRMUELLKARTE, { ...valid, evil: 'x' }, NOW)).toEqual([{ field: 'evil', code: 'unknownField' }]);
  });

  it('accepts month names in the date', () => {
    expect(parseDateParts({ day: '3', month: 'März', year: '2027' })).toEqual({ year: 2027, month: 3, day: 3 });
    expect(parseDateParts({ day: '3', month: 'Foo', year: '2027' })).toBe('invalid');
  });
});
