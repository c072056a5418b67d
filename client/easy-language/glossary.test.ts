import { describe, expect, it } from 'vitest';
import { textsOnDisk } from '../test-support/all-texts';
import { GLOSSARY, markGlossaryTerms } from './glossary';

describe('markGlossaryTerms', () => {
  it('marks the first mention of each term only, with its inflected forms', () => {
    const marked = new Set<string>();
    const parts = markGlossaryTerms('Ihre Anträge gehen an den Fach·dienst. Jeder Antrag bekommt ein Aktenzeichen.', marked);
    expect(parts.filter((p) => p.term).map((p) => [p.term, p.text])).toEqual([
      ['antrag', 'Anträge'],
      ['fachdienst', 'Fach·dienst'],
      ['aktenzeichen', 'Aktenzeichen'],
    ]);
    expect(parts.map((p) => p.text).join('')).toBe('Ihre Anträge gehen an den Fach·dienst. Jeder Antrag bekommt ein Aktenzeichen.');
    // Later sentences of the same text do not mark the same terms again.
    expect(markGlossaryTerms('Ein Antrag im Bürger·büro.', marked).filter((p) => p.term).map((p) => p.term)).toEqual(['buergerbuero']);
  });

  it('does not mark a term inside a longer word', () => {
    expect(markGlossaryTerms('Die Antrags·nummer und das Sperr·müll·auto.', new Set()).some((p) => p.term)).toBe(false);
  });

  it('has an entry with term and explanation in every language for every glossary word', () => {
    for (const [language, namespaces] of Object.entries(textsOnDisk())) {
      const terms = (namespaces.easy?.glossary as { terms?: Record<string, { term: string; explanation: string }> })?.terms ?? {};
      for (const { id } of GLOSSARY) {
        expect(terms[id]?.term, `${language} ${id}`).toBeTruthy();
        expect(terms[id]?.explanation, `${language} ${id}`).toBeTruthy();
      }
    }
  });

  // Issue 16: every official word a citizen meets on these pages is explained, not only the first ten.
  it('explains the official words a citizen meets: Postfach, Eingangsbestätigung, IBAN, Server, …', () => {
    const ids = GLOSSARY.map((t) => t.id);
    for (const id of ['postfach', 'eingangsbestaetigung', 'verwendungszweck', 'iban', 'bic', 'leistung', 'zustaendig', 'server', 'browser', 'pdf', 'megabyte', 'ombudsstelle']) {
      expect(ids, id).toContain(id);
    }
    const parts = markGlossaryTerms('Die Eingangs·bestätigung kommt als PDF in Ihr Post·fach. Ihr Browser zeigt sie.', new Set());
    expect(parts.filter((p) => p.term).map((p) => p.term)).toEqual(['eingangsbestaetigung', 'pdf', 'postfach', 'browser']);
  });
});
