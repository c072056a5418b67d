/**
 * What a reader check of the texts would find, checked on every locale text (issue 16):
 * - terms: one word for one thing (terms.json), and compounds split as the list says;
 * - fidelity: numbers, units, placeholders, formats and literal examples of the German text are
 *   in Leichte Sprache and every translation;
 * - Leichte Sprache against its German original: no more negations, no layout or mouse words, no
 *   text that starts with a pronoun, no passive the German does not have, middle dots only where
 *   the rules put them, and no text left identical to the German that keeps a hard word.
 * Real exceptions are in allowed.json, each with its reason; an entry that no longer matches a
 * finding fails too, so the list only shrinks. Each test prints how many it found.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import allowed from './allowed.json';
import terms from './terms.json';
import {
  allTexts,
  citizenFacing,
  identicalProblems,
  layoutWords,
  lostFacts,
  middleDotProblems,
  negations,
  passiveAuxiliaries,
  startsWithPronoun,
  termProblems,
  type Concept,
} from './index';

const TEXTS = allTexts();
const GERMAN = TEXTS.de;
const EASY = TEXTS['de-x-easy'];
const TRANSLATIONS = ['de-x-easy', 'en', 'tr', 'uk', 'ar'];
const ALLOWED = allowed as unknown as Record<string, Record<string, string> | string[]>;

/**
 * Texts not rewritten yet, per check: a ratchet like readability-baseline.json. A finding listed
 * here passes; a listed text without a finding fails until it is struck off, so the list only
 * shrinks. `UPDATE_TEXT_CHECKS_BASELINE=1` rewrites it after a rewrite (its diff must only lose lines).
 */
const BASELINE_FILE = path.join(__dirname, 'text-checks-baseline.json');
const BASELINE: Record<string, string[]> = JSON.parse(readFileSync(BASELINE_FILE, 'utf8'));
const UPDATE = process.env.UPDATE_TEXT_CHECKS_BASELINE === '1';

/** Findings by id, minus the reviewed exceptions and the baseline; an exception without a finding is a failure too. */
function againstAllowList(check: string, findings: Map<string, string[]>): string[] {
  const exceptions = (ALLOWED[check] ?? {}) as Record<string, string>;
  const total = [...findings.values()].reduce((n, list) => n + list.length, 0);
  const pending = [...findings.keys()].filter((id) => !exceptions[id]).sort();
  console.log(`${check}: ${total} findings in ${findings.size} texts; ${Object.keys(exceptions).length} allowed, ${pending.length} not rewritten yet`);
  if (UPDATE) {
    const all: Record<string, string[]> = JSON.parse(readFileSync(BASELINE_FILE, 'utf8'));
    writeFileSync(BASELINE_FILE, JSON.stringify({ ...all, [check]: pending }, null, 2) + '\n');
    return [];
  }
  const listed = new Set(BASELINE[check] ?? []);
  return [
    ...[...findings].filter(([id]) => !exceptions[id] && !listed.has(id)).flatMap(([id, list]) => list.map((why) => `${id}: ${why}`)),
    ...Object.keys(exceptions).filter((id) => !findings.has(id)).map((id) => `${id} is allowed in allowed.json (${check}) but has no finding now: strike it off`),
    ...[...listed].filter((id) => !findings.has(id) || exceptions[id]).map((id) => `${id} passes now: strike it off text-checks-baseline.json (${check})`),
  ];
}

function add(findings: Map<string, string[]>, id: string, why: string): void {
  findings.set(id, [...(findings.get(id) ?? []), why]);
}

describe('one word for one thing (terms.json)', () => {
  it('uses no banned variant and splits every compound as the list says', () => {
    const findings = new Map<string, string[]>();
    for (const p of termProblems(TEXTS, terms.concepts as Concept[])) add(findings, `${p.language}|${p.id}`, p.message);
    const problems = againstAllowList('terms', findings);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('names every concept in all six languages', () => {
    for (const concept of terms.concepts as Concept[]) {
      expect(Object.keys(concept.words).sort(), concept.id).toEqual(['ar', 'de', 'de-x-easy', 'en', 'tr', 'uk']);
    }
  });
});

describe('fidelity to the German text', () => {
  it('keeps every number, unit, placeholder, format and literal example in Leichte Sprache and every translation', () => {
    const findings = new Map<string, string[]>();
    for (const language of TRANSLATIONS) {
      for (const [id, german] of GERMAN) {
        const other = TEXTS[language]?.get(id);
        if (other === undefined) continue;
        for (const lost of lostFacts(german, other, /_(zero|one|two)$/.test(id))) add(findings, `${language}|${id}`, `${lost} is lost: "${german}" → "${other}"`);
      }
    }
    const problems = againstAllowList('fidelity', findings);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('Leichte Sprache against its German original', () => {
  const easyTexts = [...EASY].filter(([id]) => citizenFacing(id));

  it('has no more negations than the German text', () => {
    const findings = new Map<string, string[]>();
    let withNegation = 0;
    let germanWithNegation = 0;
    for (const [id, text] of easyTexts) {
      const german = GERMAN.get(id) ?? '';
      if (negations(text)) withNegation++;
      if (negations(german)) germanWithNegation++;
      if (negations(text) > negations(german)) add(findings, id, `${negations(text)} negations against ${negations(german)} in German: ${text}`);
    }
    console.log(`negations: ${withNegation} of ${easyTexts.length} citizen-facing Leichte Sprache texts negate, against ${germanWithNegation} in German`);
    const problems = againstAllowList('negations', findings);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('needs neither the layout nor a mouse', () => {
    const findings = new Map<string, string[]>();
    for (const [id, text] of easyTexts) for (const word of layoutWords(text)) add(findings, id, `"${word}" points at the screen: ${text}`);
    const problems = againstAllowList('layout', findings);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('starts no text with a pronoun', () => {
    const findings = new Map<string, string[]>();
    for (const [id, text] of easyTexts) if (startsWithPronoun(text)) add(findings, id, `starts with a pronoun: ${text}`);
    const problems = againstAllowList('pronounStart', findings);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('adds no passive where the German is active', () => {
    const findings = new Map<string, string[]>();
    for (const [id, text] of easyTexts) {
      if (passiveAuxiliaries(text) && !passiveAuxiliaries(GERMAN.get(id) ?? '')) add(findings, id, `passive where the German is active: ${text}`);
    }
    const problems = againstAllowList('passive', findings);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('puts middle dots only where the rules put them', () => {
    const findings = new Map<string, string[]>();
    for (const [id, text] of EASY) for (const why of middleDotProblems(text)) add(findings, id, why);
    const problems = againstAllowList('middleDot', findings);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('rewrites every text that would keep a hard word by staying identical to the German', () => {
    const plain = new Set(ALLOWED.identicalPlainWords as string[]);
    const found = identicalProblems(GERMAN, EASY, plain, citizenFacing);
    const identical = [...EASY].filter(([id, text]) => citizenFacing(id) && GERMAN.get(id) === text).length;
    console.log(`identical: ${identical} citizen-facing Leichte Sprache texts are identical to the German, ${found.size} of them keep a hard word`);
    const problems = againstAllowList('identical', new Map([...found].map(([id, why]) => [id, [why]])));
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
