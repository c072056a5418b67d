import { countSyllables } from './syllables';
import { splitSentences, splitWords, type Word } from './text-units';

export interface Readability {
  sentences: number;
  words: number;
  syllables: number;
  /** German Flesch reading ease (Amstad 1978): 180 − ASL − 58.5 × ASW. Higher is easier; 100 ≈ very easy. */
  fleschAmstad: number;
  /** First Wiener Sachtextformel (Bamberger & Vanecek 1984): a school grade, 4 = very easy, 15 = very hard. */
  wstf: number;
  /** Word counts of each sentence, for the "at most N words" rule. */
  sentenceLengths: number[];
}

/** The figures of a text, or of many texts taken together (a namespace), from their sentences. */
export function readability(texts: string | string[]): Readability {
  const sentences = (Array.isArray(texts) ? texts : [texts]).flatMap(splitSentences);
  const wordsPerSentence: Word[][] = sentences.map((s) => splitWords(s, countSyllables)).filter((w) => w.length > 0);
  const words = wordsPerSentence.flat();
  const n = Math.max(1, words.length);
  const s = Math.max(1, wordsPerSentence.length);
  const syllables = words.reduce((sum, w) => sum + w.syllables, 0);
  const asl = words.length / s;
  const asw = syllables / n;
  const share = (predicate: (w: Word) => boolean) => (100 * words.filter(predicate).length) / n;
  const ms = share((w) => w.syllables >= 3);
  const iw = share((w) => w.letters > 6);
  const es = share((w) => w.syllables === 1);
  return {
    sentences: wordsPerSentence.length,
    words: words.length,
    syllables,
    fleschAmstad: 180 - asl - 58.5 * asw,
    wstf: 0.1935 * ms + 0.1672 * asl + 0.1297 * iw - 0.0327 * es - 0.875,
    sentenceLengths: wordsPerSentence.map((w) => w.length),
  };
}
