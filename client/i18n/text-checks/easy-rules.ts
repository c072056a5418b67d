/**
 * Rules of Leichte Sprache (Netzwerk Leichte Sprache, DIN SPEC 33429) that a program can see in a
 * single text, each compared with the standard German text of the same key where the rule is
 * relative ("no more negation than the original").
 */
import { wordPattern } from './texts';

const NEGATION = wordPattern('nicht|nichts|kein|keine|keinen|keinem|keiner|keines|keins|nie|niemals|niemand|niemanden|nirgends|weder', 'giu');

export function negations(text: string): number {
  return text.match(NEGATION)?.length ?? 0;
}

/**
 * Words that point at the layout or need a mouse: a screen-reader user, a phone user and a reader
 * of the printed page have no "oben", no "unten", nothing to click; "hier" points at a spot on the
 * screen. (A keyboard key or a button's own name is said by its name instead.)
 */
const LAYOUT = wordPattern('klicken|klicke|klicken Sie|anklicken|angeklickt|Klick|oben|unten|hier|Hier|Knopf|Knopfes|drücken|Drücken', 'gu');

export function layoutWords(text: string): string[] {
  return text.match(LAYOUT) ?? [];
}

/**
 * A text that starts with a pronoun refers to something the reader may not have read: a screen
 * reader jumps to it, a hint stands alone. "Sie" (the reader) and "Es gibt" are not references.
 */
const PRONOUN_START = /^(?:Noch )?(?:Er|Es(?! gibt)|Ihn|Ihm|Keins|Keiner|Dies|Dort|Dafür|Dazu|Damit|Davon|Darin|Daran|Darauf|Das(?= [\p{Ll}]| ?[.:!?]|$)|Diese[rs]?(?= [\p{Ll}]| ?[.:!?]|$))(?![\p{L}])/u;

export function startsWithPronoun(text: string): boolean {
  return PRONOUN_START.test(text.trim());
}

/** Auxiliaries of the passive ("wird geprüft", "wurde gesendet"); the future tense is rare in these texts and passes the allow-list. */
const PASSIVE = wordPattern('wird|werden|wurde|wurden|worden', 'giu');

export function passiveAuxiliaries(text: string): number {
  return text.match(PASSIVE)?.length ?? 0;
}

/** Prefixes of verbs and nouns: the middle dot never follows them (Überweisung, herunterladen, Unterschrift). */
const PREFIXES = new Set(
  'über unter herunter hoch weg hin her ab an auf aus ein mit zu zurück vor nach um durch ver be ent er zer ge miss wieder bei fort los weiter dar voraus'.split(' '),
);
const SHORT = 7;

/** Middle dots the rules forbid, each with the reason. */
export function middleDotProblems(text: string): string[] {
  const problems: string[] = [];
  for (const word of text.match(/[\p{L}\p{N}]+(?:·[\p{L}\p{N}]+)+/gu) ?? []) {
    const parts = word.split('·');
    if (parts.slice(0, -1).some((p) => PREFIXES.has(p.toLowerCase()))) problems.push(`"${word}": no middle dot after a prefix`);
    else if (/^\p{Ll}/u.test(word) && /(?:en|ern|eln|t|et)$/u.test(word)) problems.push(`"${word}": no middle dot in a verb`);
    else if (parts.join('').length <= SHORT) problems.push(`"${word}": a short, familiar word is written whole`);
    if (parts.slice(1).some((p) => /^\p{Lu}/u.test(p)) || parts.slice(0, -1).some((p) => /^[\p{Lu}\p{N}]{2,}$/u.test(p))) {
      problems.push(`"${word}": no middle dot before a capital or after an abbreviation`);
    }
  }
  return problems;
}
