/**
 * Official words Leichte Sprache cannot avoid (a citizen meets them on letters and at the
 * counter), each explained on the Wörter·buch page. `pattern` finds the word and its forms in a
 * de-x-easy text, so the first mention in a text links to its explanation.
 */
export interface GlossaryTerm {
  id: string;
  pattern: RegExp;
}

function forms(...words: string[]): RegExp {
  // Not inside a longer word: "Antrag" in "Antrags·nummer" is a different word.
  return new RegExp(`(?<![\\p{L}·])(?:${words.join('|')})(?![\\p{L}·])`, 'u');
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  { id: 'antrag', pattern: forms('Antrag', 'Anträge', 'Anträgen') },
  { id: 'aktenzeichen', pattern: forms('Aktenzeichen', 'Akten·zeichen') },
  { id: 'fachdienst', pattern: forms('Fach·dienst', 'Fach·dienste', 'Fach·diensten', 'Fach·dienstes') },
  { id: 'gebuehr', pattern: forms('Gebühr', 'Gebühren') },
  { id: 'sperrmuell', pattern: forms('Sperr·müll') },
  { id: 'buergerbuero', pattern: forms('Bürger·büro') },
  { id: 'fundbuero', pattern: forms('Fund·büro') },
  { id: 'konto', pattern: forms('Konto', 'Konten') },
  { id: 'stadtteil', pattern: forms('Stadt·teil', 'Stadt·teile', 'Stadt·teilen') },
  { id: 'bescheid', pattern: forms('Bescheid') },
  { id: 'postfach', pattern: forms('Post·fach', 'Post·fächer') },
  { id: 'eingangsbestaetigung', pattern: forms('Eingangs·bestätigung', 'Eingangs·bestätigungen') },
  { id: 'verwendungszweck', pattern: forms('Verwendungs·zweck') },
  { id: 'iban', pattern: forms('IBAN') },
  { id: 'bic', pattern: forms('BIC') },
  { id: 'leistung', pattern: forms('Leistung', 'Leistungen') },
  { id: 'zustaendig', pattern: forms('zuständig', 'Zuständig', 'zuständige', 'zuständigen') },
  { id: 'server', pattern: forms('Server') },
  { id: 'browser', pattern: forms('Browser') },
  { id: 'pdf', pattern: forms('PDF') },
  { id: 'megabyte', pattern: forms('Mega·byte', 'MB') },
  { id: 'ombudsstelle', pattern: forms('Ombuds·stelle') },
];

export function glossaryAnchor(id: string): string {
  return `wort-${id}`;
}

export interface TextPart {
  text: string;
  /** The glossary term this part is a mention of. */
  term?: string;
}

/**
 * Splits a text into plain parts and glossary mentions, marking each term's first mention only:
 * a link at every "Antrag" would bury the text in links.
 */
export function markGlossaryTerms(text: string, alreadyMarked: Set<string>): TextPart[] {
  let parts: TextPart[] = [{ text }];
  for (const term of GLOSSARY) {
    if (alreadyMarked.has(term.id)) continue;
    const index = parts.findIndex((p) => !p.term && term.pattern.test(p.text));
    if (index < 0) continue;
    const part = parts[index];
    const match = term.pattern.exec(part.text)!;
    const pieces: TextPart[] = [
      { text: part.text.slice(0, match.index) },
      { text: match[0], term: term.id },
      { text: part.text.slice(match.index + match[0].length) },
    ];
    parts = [...parts.slice(0, index), ...pieces.filter((p) => p.text), ...parts.slice(index + 1)];
    alreadyMarked.add(term.id);
  }
  return parts;
}
