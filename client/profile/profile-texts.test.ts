import { describe, expect, it } from 'vitest';
import { checkProfile } from '../../domain/profile';
import { COMPLETE_LANGUAGES, textsOnDisk } from '../test-support/all-texts';

const TEXTS = textsOnDisk();

describe('profile texts', () => {
  it('word every problem the profile rules can report, in every language', () => {
    // Inputs that provoke each code the rules know, so a new rule without a text fails here.
    const inputs = [
      { name: 'x'.repeat(101), street: 'x'.repeat(101), houseNumber: 'x'.repeat(11), postcode: '123456', phone: 'x'.repeat(31), email: 'x'.repeat(201) },
      { name: 1, street: 1, houseNumber: 1, postcode: 1, phone: 1, email: 1, language: 'fr', easyLanguage: 'ja' },
      { street: 'Hauptstraße', houseNumber: 'zwölf', postcode: '4711', phone: 'ruf an', email: 'nein' },
      { houseNumber: '3', postcode: '59379' },
    ];
    const problems = inputs.flatMap((input) => checkProfile(input).problems).filter((p) => p.code !== 'unknownField');
    expect(problems.length).toBeGreaterThan(20);
    for (const lng of COMPLETE_LANGUAGES) {
      const errors = TEXTS[lng].profile.errors as Record<string, Record<string, string>>;
      for (const p of problems) expect(errors[p.field]?.[p.code], `${lng} profile:errors.${p.field}.${p.code}`).toBeTruthy();
    }
  });
});
