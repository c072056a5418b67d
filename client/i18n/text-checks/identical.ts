/**
 * A Leichte Sprache text identical to the German one is fine when every word of it is already
 * plain ("Weiter", "Ihre Anträge", "Bezahlt am {{date}}"); one that keeps an official or abstract
 * word ("Eingangsbestätigung", "Wartet auf Versand", "Freiwillig") was not rewritten.
 */
export function identicalProblems(german: Map<string, string>, easy: Map<string, string>, plainWords: ReadonlySet<string>, inScope: (id: string) => boolean): Map<string, string> {
  const problems = new Map<string, string>();
  for (const [id, text] of easy) {
    if (!inScope(id) || german.get(id) !== text) continue;
    const words = text.replace(/\{\{[^}]*\}\}/g, ' ').match(/[\p{L}][\p{L}·'-]*/gu) ?? [];
    const hard = words.filter((w) => !plainWords.has(w) && !plainWords.has(w.toLowerCase()));
    if (hard.length) problems.set(id, `identical to the German and keeps ${hard.map((w) => `"${w}"`).join(', ')}: ${text}`);
  }
  return problems;
}
