import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages';
import { CITY_NAMESPACES, CITY_RESOURCES } from './city-texts';
import { initI18n, t } from './i18n';

function flatten(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

describe('texts of profile, Mein Bereich and Abfallkalender', () => {
  it('have the same keys in every language', () => {
    for (const ns of CITY_NAMESPACES) {
      const german = flatten(CITY_RESOURCES.de[ns]).sort();
      for (const lng of LANGUAGES) expect(flatten(CITY_RESOURCES[lng][ns]).sort(), `${lng}/${ns}.json`).toEqual(german);
    }
  });

  it('word every profile problem the domain rules can report', () => {
    const codes: Record<string, string[]> = {
      name: ['tooLong', 'invalid'],
      street: ['unknownStreet', 'requiredWithNumber', 'tooLong', 'invalid'],
      houseNumber: ['format', 'tooLong', 'invalid'],
      postcode: ['format', 'notWerne', 'tooLong', 'invalid'],
      phone: ['format', 'tooLong', 'invalid'],
      email: ['format', 'tooLong', 'invalid'],
      language: ['invalid'],
      easyLanguage: ['invalid'],
    };
    for (const lng of LANGUAGES) {
      const errors = CITY_RESOURCES[lng].profile.errors as Record<string, Record<string, string>>;
      for (const [field, list] of Object.entries(codes)) for (const code of list) expect(errors[field]?.[code], `${lng} ${field}.${code}`).toBeTruthy();
    }
  });

  it('are found by i18next once the chunk registered them', () => {
    initI18n('en');
    expect(t('waste:title')).toBe('Waste collection calendar');
    expect(t('profile:delete.title')).toBe('Delete your account and all data');
  });
});
