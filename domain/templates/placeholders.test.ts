import { describe, expect, it } from 'vitest';
import { checkTemplateInput } from './template-rules';
import { fillTemplate, placeholderValues, unknownPlaceholders } from './placeholders';
import { templateTextFor } from './text-template';

describe('template placeholders', () => {
  const facts = { citizenName: 'Oleksandr Kovalenko', reference: 'SPM-2026-000123', receivedAt: '2026-12-01T09:00:00.000Z', appointment: '2026-12-09T10:30', feeCents: 3000 };

  it('fills every placeholder in the reader\'s language', () => {
    const de = placeholderValues(facts, 'de', '2026-12-07');
    expect(fillTemplate('{name}, {aktenzeichen}, {eingangsdatum}, {termin}, {gebuehr}, {datum}', de)).toEqual({
      ok: true,
      text: 'Oleksandr Kovalenko, SPM-2026-000123, 1. Dezember 2026, 9. Dezember 2026, 10:30, 30,00\u00a0€, 7. Dezember 2026',
    });
    const en = placeholderValues(facts, 'en', '2026-12-07');
    expect(fillTemplate('{ gebuehr } by {termin}', en)).toEqual({ ok: true, text: '€30.00 by 9 December 2026, 10:30' });
  });

  it('names what the case cannot fill and fills nothing then', () => {
    const values = placeholderValues({ reference: 'X-1' }, 'de', '2026-12-07');
    expect(fillTemplate('{aktenzeichen}: {gebuehr} bis {frist}, {name}', values)).toEqual({ ok: false, missing: ['gebuehr', 'frist', 'name'] });
    // A fee of nothing is no fee to write down.
    expect(fillTemplate('{gebuehr}', placeholderValues({ feeCents: 0 }, 'de', '2026-12-07'))).toEqual({ ok: false, missing: ['gebuehr'] });
  });

  it('knows its placeholders: a typo is named, German is required, the citizen\'s language is used where written', () => {
    expect(unknownPlaceholders('Guten Tag {nmae}, {name}')).toEqual(['nmae']);
    expect(checkTemplateInput({ kind: 'message', name: 'A', texts: { en: 'Hello' } }).problems).toEqual([{ field: 'templateText.de', code: 'required' }]);
    expect(checkTemplateInput({ kind: 'letter', name: '', texts: { de: 'x {foo}' } }).problems.map((p) => p.code)).toEqual(['required', 'required', 'unknownPlaceholder']);
    const texts = { de: 'Hallo', uk: 'Привіт', 'de-x-easy': '  ' };
    expect(templateTextFor({ texts }, 'uk')).toEqual({ language: 'uk', text: 'Привіт' });
    expect(templateTextFor({ texts }, 'de-x-easy')).toEqual({ language: 'de', text: 'Hallo' });
    expect(templateTextFor({ texts }, undefined)).toEqual({ language: 'de', text: 'Hallo' });
  });
});
