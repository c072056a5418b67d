import { describe, expect, it } from 'vitest';
import { checkProfile, dueMeterReading, profileUiLanguage, suggestServices } from './index';

describe('checkProfile', () => {
  it('cleans a good profile: trimmed, the street spelled as the city spells it', () => {
    const { profile, problems } = checkProfile({
      name: '  Jana   Neumann ',
      street: 'bonenstr.',
      houseNumber: '12a',
      postcode: '59368',
      phone: '+49 2389 1234-5',
      email: 'jana@example.org',
      language: 'en',
      easyLanguage: false,
      updatedAt: '2026-11-25T10:00:00.000Z',
    });
    expect(problems).toEqual([]);
    expect(profile).toEqual({
      name: 'Jana Neumann',
      street: 'Bonenstraße',
      houseNumber: '12a',
      postcode: '59368',
      phone: '+49 2389 1234-5',
      email: 'jana@example.org',
      language: 'en',
      easyLanguage: false,
      updatedAt: '2026-11-25T10:00:00.000Z',
    });
  });

  it('drops empty fields; an empty profile is fine', () => {
    expect(checkProfile({ name: '', street: '   ' })).toEqual({ profile: {}, problems: [] });
    expect(checkProfile(undefined)).toEqual({ profile: {}, problems: [] });
  });

  it('names every problem by field and code', () => {
    const { problems } = checkProfile({
      street: 'Hauptstraße',
      houseNumber: 'zwölf',
      postcode: '4711',
      phone: 'ruf mich an',
      email: 'jana(at)example.org',
      language: 'fr',
      easyLanguage: 'ja',
      name: 'x'.repeat(101),
      password: 'no',
    });
    expect(problems).toEqual([
      { field: 'name', code: 'tooLong' },
      { field: 'street', code: 'unknownStreet' },
      { field: 'houseNumber', code: 'format' },
      { field: 'postcode', code: 'format' },
      { field: 'phone', code: 'format' },
      { field: 'email', code: 'format' },
      { field: 'language', code: 'invalid' },
      { field: 'easyLanguage', code: 'invalid' },
      { field: 'password', code: 'unknownField' },
    ]);
  });

  it('wants Werne\'s postcode and a street with a house number', () => {
    expect(checkProfile({ postcode: '59379' }).problems).toEqual([{ field: 'postcode', code: 'notWerne' }]);
    expect(checkProfile({ houseNumber: '3' }).problems).toEqual([{ field: 'street', code: 'requiredWithNumber' }]);
  });

  it('turns language choices into the portal\'s language', () => {
    expect(profileUiLanguage({ language: 'de', easyLanguage: true })).toBe('de-x-easy');
    expect(profileUiLanguage({ language: 'en', easyLanguage: true })).toBe('en');
    expect(profileUiLanguage({})).toBeUndefined();
    // Leichte Sprache is German made easy: it never overrides Turkish, Ukrainian or Arabic.
    for (const language of ['tr', 'uk', 'ar'] as const) {
      expect(checkProfile({ language }).problems).toEqual([]);
      expect(profileUiLanguage({ language, easyLanguage: true })).toBe(language);
    }
    expect(checkProfile({ language: 'fr' }).problems).toEqual([{ field: 'language', code: 'invalid' }]);
  });
});

describe('due meter reading', () => {
  const meter = { serviceId: 'gartenwasserzaehler', status: 'completed', createdAt: '2025-04-02T10:00:00Z' };
  it('is due once a meter is registered and this year has no reading yet', () => {
    expect(dueMeterReading([meter], '2026-11-25')).toEqual({ year: 2026 });
    expect(dueMeterReading([{ ...meter, status: 'in_progress' }], '2026-11-25')).toBeUndefined();
    expect(dueMeterReading([], '2026-11-25')).toBeUndefined();
  });
  it('is not due after this year\'s reading was sent; last year\'s or a draft does not count', () => {
    const reading = (status: string, at: string) => ({ serviceId: 'zaehlerstand', status, createdAt: at, submittedAt: at });
    expect(dueMeterReading([meter, reading('received', '2026-10-01T09:00:00Z')], '2026-11-25')).toBeUndefined();
    expect(dueMeterReading([meter, reading('completed', '2025-12-01T09:00:00Z')], '2026-11-25')).toEqual({ year: 2026 });
    expect(dueMeterReading([meter, { serviceId: 'zaehlerstand', status: 'draft', createdAt: '2026-11-01T09:00:00Z' }], '2026-11-25')).toEqual({ year: 2026 });
    expect(dueMeterReading([meter, reading('withdrawn', '2026-10-01T09:00:00Z')], '2026-11-25')).toEqual({ year: 2026 });
  });
});

describe('suggested services', () => {
  const all = ['sperrmuellkarte', 'gartenwasserzaehler', 'zaehlerstand'];
  it('asks for an address first', () => {
    expect(suggestServices({}, [], all, '2026-11-25')).toEqual([{ serviceId: 'profile', reason: 'completeProfile' }]);
  });
  it('offers services the citizen has not used, only those the catalogue has', () => {
    const profile = { street: 'Markt' };
    expect(suggestServices(profile, [], all, '2026-11-25').map((s) => s.serviceId)).toEqual(['sperrmuellkarte', 'gartenwasserzaehler']);
    expect(suggestServices(profile, [], ['sperrmuellkarte'], '2026-11-25').map((s) => s.serviceId)).toEqual(['sperrmuellkarte']);
    const recent = [{ serviceId: 'sperrmuellkarte', status: 'completed', createdAt: '2026-03-01T10:00:00Z' }];
    expect(suggestServices(profile, recent, all, '2026-11-25').map((s) => s.serviceId)).toEqual(['gartenwasserzaehler']);
    const old = [{ serviceId: 'sperrmuellkarte', status: 'completed', createdAt: '2025-03-01T10:00:00Z' }];
    expect(suggestServices(profile, old, all, '2026-11-25').map((s) => s.serviceId)).toContain('sperrmuellkarte');
  });
});
