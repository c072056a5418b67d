/**
 * Splitting a text into sentences and words the way a reader meets them.
 *
 * Decisions (they change the scores, so they are fixed here once):
 * - A compound split by the middle dot ("Bürger·büro") or a hyphen ("E-Mail") is ONE word with the
 *   syllables of all its parts. The dot is a reading aid, not a new word: counting the parts as
 *   words would make "Bürger·büro" look shorter than "Bürgerbüro" and reward typography instead
 *   of plainer wording, and a reader counting the words of a sentence counts it once too.
 * - An interpolation placeholder (`{{date}}`) is one word of two syllables: it stands for a value
 *   (a date, a name, a number) that is short but rarely one syllable.
 * - Web and e-mail addresses are one word of two syllables: nobody reads them syllable by syllable.
 * - A sentence ends at . ! ? (or a line break) followed by a space and a capital, a digit, a
 *   placeholder or the end. So "01.12.2026", "werne.de" and "3,5" do not end sentences. Colons do
 *   not end sentences (Flesch counts only sentence-final punctuation).
 */

export interface Word {
  text: string;
  syllables: number;
  /** Letters only: the Wiener Sachtextformel counts words with more than six letters. */
  letters: number;
}

const PLACEHOLDER = /\{\{[^}]*\}\}/g;
const ADDRESS = /\b(?:https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/giu;

/** Addresses and placeholders swapped for a marker word, so their dots and letters are not read as text. */
export function maskAddresses(text: string): string {
  return text.replace(ADDRESS, ' ⟦adresse⟧ ').replace(PLACEHOLDER, ' ⟦wert⟧ ');
}

/** Where one sentence ends and the next begins: after . ! ? (and closing quotes), before a capital, digit or quote. */
const SENTENCE_BREAK = /(?<=[.!?…]["“”'’)]*)\s+(?=[\p{Lu}\p{N}⟦„"“{])|\n+/u;

export function splitSentences(text: string): string[] {
  return displaySentences(maskAddresses(text)).filter((s) => /[\p{L}\p{N}⟦]/u.test(s));
}

/**
 * The sentences of a text as written, for showing each on its own line (Leichte Sprache: one
 * statement per line). Addresses survive: their dots are never followed by a space.
 */
export function displaySentences(text: string): string[] {
  return text
    .split(SENTENCE_BREAK)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function splitWords(sentence: string, countSyllables: (word: string) => number): Word[] {
  const tokens = maskAddresses(sentence).match(/⟦\p{L}+⟧|[\p{L}\p{N}][\p{L}\p{N}·\-'’]*/gu) ?? [];
  return tokens.map((token) => {
    if (token.startsWith('⟦')) return { text: token, syllables: 2, letters: 5 };
    const parts = token.split(/[·\-'’]/).filter(Boolean);
    return {
      text: token,
      syllables: parts.reduce((sum, part) => sum + countSyllables(part), 0),
      letters: parts.join('').replace(/[^\p{L}]/gu, '').length,
    };
  });
}
