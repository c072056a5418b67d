import { wordPattern, type TextsByLanguage } from './texts';

/** A word that must not stand for the concept: a pattern, or a pattern that is banned only in texts that also match `when`. */
export type Banned = string | { pattern: string; when: string };

export interface Concept {
  id: string;
  meaning: string;
  /** The one word per language; de-x-easy with its middle dots as they must be written. */
  words: Record<string, string>;
  banned?: Record<string, Banned[]>;
}

export interface Problem {
  language: string;
  id: string;
  message: string;
}

function bannedHits(text: string, banned: Banned): string[] {
  const { pattern, when } = typeof banned === 'string' ? { pattern: banned, when: undefined } : banned;
  if (when && !new RegExp(when, 'u').test(text)) return [];
  return [...text.matchAll(wordPattern(pattern, 'gu'))].map((m) => m[0]);
}

/**
 * Where a Leichte Sprache text writes the concept's word split otherwise than the list says:
 * "Pass·wort" where the list has "Passwort", "Aktenzeichen" where it has "Akten·zeichen". Found
 * inside longer compounds and inflected forms too ("Fach·dienste", "Bank·konto").
 */
function splitHits(text: string, easyWord: string): string[] {
  const joined = easyWord.replaceAll('·', '').toLowerCase();
  const hits: string[] = [];
  for (const word of text.match(/[\p{L}·]+/gu) ?? []) {
    const plain = word.replaceAll('·', '').toLowerCase();
    const at = plain.indexOf(joined);
    if (at < 0) continue;
    // Map the position in the dot-free word back to the written word, then compare the spelling.
    let start = 0;
    for (let letters = 0; letters < at; start++) if (word[start] !== '·') letters++;
    while (word[start] === '·') start++;
    let end = start;
    for (let letters = 0; letters < joined.length; end++) if (word[end] !== '·') letters++;
    if (word.slice(start, end).toLowerCase() !== easyWord.toLowerCase()) hits.push(word);
  }
  return hits;
}

export function termProblems(texts: TextsByLanguage, concepts: readonly Concept[]): Problem[] {
  const problems: Problem[] = [];
  for (const concept of concepts) {
    for (const [language, list] of Object.entries(concept.banned ?? {})) {
      for (const [id, text] of texts[language] ?? []) {
        for (const banned of list) {
          for (const hit of bannedHits(text, banned)) {
            problems.push({ language, id, message: `"${hit}" stands for ${concept.id}; write "${concept.words[language]}": ${text}` });
          }
        }
      }
    }
    const easyWord = concept.words['de-x-easy'];
    if (!easyWord) continue;
    for (const [id, text] of texts['de-x-easy'] ?? []) {
      for (const hit of splitHits(text, easyWord)) {
        problems.push({ language: 'de-x-easy', id, message: `"${hit}" splits ${concept.id} otherwise than "${easyWord}": ${text}` });
      }
    }
  }
  return problems;
}
