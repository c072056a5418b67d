import { describe, expect, it } from 'vitest';
import deListe from '../../../locales/de/fundsachen-liste.json';
import easyListe from '../../../locales/de-x-easy/fundsachen-liste.json';
import enListe from '../../../locales/en/fundsachen-liste.json';
import { FUND_CATEGORIES } from '../../../domain/fundsachen';
import { textsOnDisk } from '../../test-support/all-texts';

function keys(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

describe('texts of the found items pages', () => {
  it('have the same keys in every language', () => {
    const german = keys(deListe).sort();
    expect(keys(enListe).sort()).toEqual(german);
    expect(keys(easyListe).sort()).toEqual(german);
  });

  it('word every clerk entry error the domain can report', () => {
    for (const field of ['category', 'description', 'place', 'foundOn', 'storageNumber']) {
      expect(deListe.clerk.errors).toHaveProperty(field);
    }
    expect(deListe.clerk.errors.description.personalData).toBeTruthy();
    expect(deListe.clerk.errors.foundOn.tooLongAgo).toContain('{{days}}');
  });

  it('name every category in every language (from the lost report form)', () => {
    for (const lng of ['de', 'en', 'de-x-easy'] as const) {
      const options = (textsOnDisk()[lng].fundbuero as { fields: { what: { options: Record<string, string> } } }).fields.what.options;
      for (const c of FUND_CATEGORIES) expect(options[c], `${lng} ${c}`).toBeTruthy();
    }
  });
});
