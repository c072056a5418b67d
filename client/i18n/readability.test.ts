/**
 * Leichte Sprache is checked, not just promised: every `de-x-easy` text against the rules of the
 * Netzwerk Leichte Sprache that a machine can check, and against the standard German text of the
 * same key with the German Flesch reading ease (Amstad). The per-namespace table printed here is
 * the figure the accessibility statement quotes.
 *
 * Rules, and why they are shaped so:
 * - Every de-x-easy sentence has at most 12 words, uses no deny-listed abbreviation and splits
 *   compounds with the middle dot, never a hyphen ("Fach·dienst", not "Fach-Dienst"). These hold
 *   for every text, however short.
 * - "At least 20 points easier (Flesch-Amstad)" is checked per key only where the German text has
 *   at least PER_KEY_MIN_WORDS words: for a label or a button ("Weiter", "Aktenzeichen") one word
 *   decides the whole score, and "Weiter" cannot become 20 points easier than "Weiter". Those
 *   short texts still count: each namespace, all its texts read together, must also be at least
 *   20 points easier than its German counterpart.
 * - A text already in Amstad's top band, "very easy" (VERY_EASY = 90 and more), passes: when the
 *   German text is plain already (a short, clear hint scoring 80), 20 points more would take
 *   nearly every word down to one syllable, which is baby talk, and Leichte Sprache rules say
 *   "no children's language". Set VERY_EASY to Infinity for the strict rule.
 * - Texts that do not reach the 20 points yet are listed in readability-baseline.json, a ratchet:
 *   a text NOT on the list that fails, fails the test; a text on the list that now passes, fails it
 *   too until it is struck off. So the list only shrinks. `UPDATE_READABILITY_BASELINE=1` rewrites
 *   the list after a rewrite (review the diff: it must only lose lines).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueEntries } from '../../domain/catalogue';
import { deniedAbbreviations, maskAddresses, readability, type Readability } from '../../domain/readability';
import { textsOnDisk } from '../test-support/all-texts';

const EASIER_BY = 20;
const MAX_SENTENCE_WORDS = 12;
const PER_KEY_MIN_WORDS = 8;
const VERY_EASY = 90;

function easyEnough(easy: Readability, german: Readability): boolean {
  return easy.fleschAmstad >= german.fleschAmstad + EASIER_BY || easy.fleschAmstad >= VERY_EASY;
}
/** Hyphenated words that are not compounds to split: a loan word spelt so, and a street name (proper names stay as written). */
const HYPHEN_ALLOWED = new Set(['E-Mail', 'Konrad-Adenauer-Platz']);

type Texts = Map<string, string>;

function flatten(value: unknown, prefix: string, into: Texts): Texts {
  if (typeof value === 'string') into.set(prefix, value);
  else if (Array.isArray(value)) value.forEach((v, i) => flatten(v, `${prefix}.${i}`, into));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, into);
  return into;
}

/** namespace → key → text, for one language: the locale files plus the catalogue's own titles and summaries. */
function textsOf(language: string): Map<string, Texts> {
  const files = textsOnDisk()[language] ?? {};
  const all = new Map(Object.entries(files).map(([ns, texts]) => [ns, flatten(texts, '', new Map())]));
  const services: Texts = new Map();
  for (const entry of catalogueEntries()) {
    for (const field of ['title', 'summary'] as const) {
      const text = entry[field][language];
      if (text) services.set(`${entry.id}@${entry.version}.${field}`, text);
    }
  }
  all.set('(catalogue services)', services);
  return all;
}

/** Letter-hyphen-letter words ("Fach-Dienst", "frei-geben"); web and e-mail addresses are not searched. */
function hyphenSplits(text: string): string[] {
  const words = maskAddresses(text).match(/[\p{L}·]+(?:-[\p{L}·]+)+/gu) ?? [];
  return words.filter((w) => !HYPHEN_ALLOWED.has(w) && !(w.startsWith('E-Mail') && !w.slice(6).includes('-')));
}

const BASELINE_FILE = path.join(__dirname, 'readability-baseline.json');
const BASELINE: { keys: string[]; namespaces: string[] } = JSON.parse(readFileSync(BASELINE_FILE, 'utf8'));
const UPDATE = process.env.UPDATE_READABILITY_BASELINE === '1';
const found = { keys: [] as string[], namespaces: [] as string[] };

/** Failures against the ratchet: new ones, and listed ones that pass now. */
function againstBaseline(kind: 'keys' | 'namespaces', failing: Map<string, string>): string[] {
  found[kind] = [...failing.keys()].sort();
  if (UPDATE) {
    writeFileSync(BASELINE_FILE, JSON.stringify({ ...BASELINE, ...found }, null, 2) + '\n');
    return [];
  }
  const listed = new Set(BASELINE[kind]);
  return [
    ...[...failing].filter(([id]) => !listed.has(id)).map(([, why]) => why),
    ...BASELINE[kind].filter((id) => !failing.has(id)).map((id) => `${id} passes now: strike it off readability-baseline.json`),
  ];
}

const GERMAN = textsOf('de');
const EASY = textsOf('de-x-easy');

interface Row {
  namespace: string;
  keys: number;
  de: Readability;
  en: Readability;
  easy: Readability;
  longSentences: number;
}

const ENGLISH = textsOf('en');
const rows: Row[] = [...GERMAN.keys()].sort().map((namespace) => {
  const easyTexts = [...(EASY.get(namespace)?.values() ?? [])];
  const easy = readability(easyTexts);
  return {
    namespace,
    keys: GERMAN.get(namespace)!.size,
    de: readability([...GERMAN.get(namespace)!.values()]),
    en: readability([...(ENGLISH.get(namespace)?.values() ?? [])]),
    easy,
    longSentences: easy.sentenceLengths.filter((n) => n > MAX_SENTENCE_WORDS).length,
  };
});

describe('Leichte Sprache (de-x-easy)', () => {
  it('prints the readability of every namespace', () => {
    const f = (n: number) => n.toFixed(1).padStart(6);
    const lines = rows.map(
      (r) =>
        `${r.namespace.padEnd(22)} ${String(r.keys).padStart(4)} │ de ${f(r.de.fleschAmstad)} ${f(r.de.wstf)} │ ` +
        `de-x-easy ${f(r.easy.fleschAmstad)} ${f(r.easy.wstf)} Δ ${f(r.easy.fleschAmstad - r.de.fleschAmstad)} │ ` +
        `> ${MAX_SENTENCE_WORDS} words: ${r.longSentences}`,
    );
    const total = (pick: (r: Row) => Readability) => readability(rows.flatMap((r) => [...((pick === byDe ? GERMAN : EASY).get(r.namespace)?.values() ?? [])]));
    const byDe = (r: Row) => r.de;
    const de = total(byDe);
    const easy = total((r) => r.easy);
    console.log(
      [
        `namespace              keys │ de  Flesch   WSTF │ de-x-easy Flesch   WSTF   ΔFlesch │ sentences`,
        ...lines,
        `${'all'.padEnd(22)} ${String(rows.reduce((n, r) => n + r.keys, 0)).padStart(4)} │ de ${f(de.fleschAmstad)} ${f(de.wstf)} │ ` +
          `de-x-easy ${f(easy.fleschAmstad)} ${f(easy.wstf)} Δ ${f(easy.fleschAmstad - de.fleschAmstad)} │ ` +
          `> ${MAX_SENTENCE_WORDS} words: ${rows.reduce((n, r) => n + r.longSentences, 0)}`,
        `(Flesch-Amstad: higher is easier. WSTF: school grade, lower is easier. English is not scored: both formulas are German.)`,
      ].join('\n'),
    );
    expect(rows.length).toBeGreaterThan(20);
  });

  it(`keeps every sentence at most ${MAX_SENTENCE_WORDS} words, without abbreviations or hyphen splits`, () => {
    const problems: string[] = [];
    for (const [namespace, texts] of EASY) {
      for (const [key, text] of texts) {
        const r = readability(text);
        if (r.sentenceLengths.some((n) => n > MAX_SENTENCE_WORDS)) problems.push(`${namespace}:${key} has a sentence of ${Math.max(...r.sentenceLengths)} words: ${text}`);
        for (const a of deniedAbbreviations(text)) problems.push(`${namespace}:${key} uses the abbreviation "${a}": ${text}`);
        for (const w of hyphenSplits(text)) problems.push(`${namespace}:${key} splits "${w}" with a hyphen (use the middle dot ·): ${text}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it(`makes every text of ${PER_KEY_MIN_WORDS} or more German words at least ${EASIER_BY} points easier (Flesch-Amstad) or very easy`, () => {
    const failing = new Map<string, string>();
    for (const [namespace, texts] of GERMAN) {
      for (const [key, german] of texts) {
        const de = readability(german);
        const easyText = EASY.get(namespace)?.get(key);
        if (de.words < PER_KEY_MIN_WORDS || !easyText) continue;
        const easy = readability(easyText);
        if (!easyEnough(easy, de)) {
          failing.set(`${namespace}:${key}`, `${namespace}:${key} scores ${easy.fleschAmstad.toFixed(1)} vs. German ${de.fleschAmstad.toFixed(1)}: ${easyText}`);
        }
      }
    }
    console.log(`${failing.size} texts of ${PER_KEY_MIN_WORDS}+ words are not yet ${EASIER_BY} points easier (listed in readability-baseline.json)`);
    const problems = againstBaseline('keys', failing);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it(`makes every namespace as a whole at least ${EASIER_BY} points easier (Flesch-Amstad)`, () => {
    const failing = new Map(
      rows
        .filter((r) => !easyEnough(r.easy, r.de))
        .map((r) => [r.namespace, `${r.namespace}: ${r.easy.fleschAmstad.toFixed(1)} vs. German ${r.de.fleschAmstad.toFixed(1)}`]),
    );
    const problems = againstBaseline('namespaces', failing);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
