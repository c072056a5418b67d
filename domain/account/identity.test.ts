import { describe, expect, it } from 'vitest';
import { keepVerifiedFields, mapBundIdClaims, splitStreetAddress } from './identity';
import { meetsTrustLevel, parseTrustLevel } from './trust-level';

const ERIKA = {
  sub: 'abc',
  given_name: 'Erika',
  family_name: 'Mustermann',
  birthdate: '1964-08-12',
  address: { street_address: 'steinstrasse 12 a', postal_code: '59368', locality: 'Werne' },
  trustlevel: 'STORK-QAA-Level-3',
};

describe('BundID attributes → identity and profile', () => {
  it('maps names, address, birth date and trust level, and marks the profile fields it fills as verified', () => {
    const mapped = mapBundIdClaims(ERIKA, new Date('2026-01-02T03:04:05Z'))!;
    expect(mapped.profile).toEqual({ name: 'Erika Mustermann', street: 'Steinstraße', houseNumber: '12a', postcode: '59368' });
    expect(mapped.identity).toMatchObject({ provider: 'bundid', sub: 'abc', trustLevel: 'substantiell', verifiedAt: '2026-01-02T03:04:05.000Z' });
    expect(mapped.identity.attributes.birthdate).toBe('1964-08-12');
    expect(mapped.identity.verifiedFields.sort()).toEqual(['houseNumber', 'name', 'postcode', 'street']);
  });

  it('keeps an address outside Werne in the identity but not in the profile', () => {
    const mapped = mapBundIdClaims({ ...ERIKA, address: { street_address: 'Hansastraße 7', postal_code: '44137', locality: 'Dortmund' } })!;
    expect(mapped.profile).toEqual({ name: 'Erika Mustermann' });
    expect(mapped.identity.attributes).toMatchObject({ street: 'Hansastraße', houseNumber: '7', postcode: '44137', locality: 'Dortmund' });
  });

  it('never guesses a trust level upwards, and has no identity without a sub', () => {
    expect(mapBundIdClaims({ ...ERIKA, trustlevel: undefined })!.identity.trustLevel).toBe('basis');
    expect(mapBundIdClaims({ ...ERIKA, trustlevel: 'STORK-QAA-Level-9' })!.identity.trustLevel).toBe('basis');
    expect(parseTrustLevel('hoch')).toBe('hoch');
    expect(parseTrustLevel('STORK-QAA-Level-4')).toBe('hoch');
    expect(mapBundIdClaims({ ...ERIKA, sub: '' })).toBeUndefined();
    expect(mapBundIdClaims({ ...ERIKA, birthdate: '12.08.1964' })!.identity.attributes.birthdate).toBeUndefined();
  });

  it('orders the levels: basis < substantiell < hoch; a password login meets none', () => {
    expect(meetsTrustLevel('hoch', 'substantiell')).toBe(true);
    expect(meetsTrustLevel('basis', 'substantiell')).toBe(false);
    expect(meetsTrustLevel(undefined, 'basis')).toBe(false);
    expect(meetsTrustLevel(undefined, undefined)).toBe(true);
  });

  it('splits a street line and puts BundID-confirmed fields back over an edit', () => {
    expect(splitStreetAddress('Am Neutor 3-5')).toEqual({ street: 'Am Neutor', houseNumber: '3-5' });
    const { identity, profile } = mapBundIdClaims(ERIKA)!;
    expect(keepVerifiedFields({ ...profile, street: 'Markt', phone: '02389 1' }, profile, identity)).toEqual({ ...profile, phone: '02389 1' });
  });
});
