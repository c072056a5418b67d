import bidiFactory from 'bidi-js';

const bidi = bidiFactory();
const CONTROLS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/;

/** Marks that steer the bidirectional algorithm and have no glyph. */
export const isBidiControl = (ch: string) => CONTROLS.test(ch);
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** A piece of one line, in the order it is drawn from left to right. */
export interface VisualRun {
  /** The text to hand to the font's shaper (logical order; mirrored brackets where right-to-left). */
  text: string;
  /** The shaper turns Arabic runs into visual order itself; neutral-only runs come pre-reversed. */
  rtl: boolean;
}

/**
 * Splits a line into runs of one embedding level (Unicode Bidirectional Algorithm, via bidi-js)
 * and orders them visually (rule L2), so a PDF, which only places glyphs left to right, shows
 * Arabic with numbers and Latin words inside it the way a reader expects. Shaping (joining forms,
 * lam-alef) stays with the font's OpenType tables through fontkit, which also reverses an Arabic
 * run; a right-to-left run without Arabic letters (spaces, punctuation) is reversed here.
 */
export function visualRuns(line: string, direction: 'ltr' | 'rtl'): VisualRun[] {
  if (!line) return [];
  if (direction === 'ltr' && !ARABIC.test(line) && !CONTROLS.test(line)) return [{ text: line, rtl: false }];
  const { levels } = bidi.getEmbeddingLevels(line, direction);
  const mirrored = bidi.getMirroredCharactersMap(line, levels);
  const chars = [...line];
  // bidi-js counts UTF-16 code units; walk by code units to keep surrogate pairs together.
  const runs: { text: string; level: number }[] = [];
  let unit = 0;
  for (const ch of chars) {
    const level = levels[unit];
    if (CONTROLS.test(ch)) {
      // Direction marks have done their work in the levels; the font has no glyph to draw for them.
      unit += ch.length;
      continue;
    }
    const shown = mirrored.get(unit) ?? ch;
    const last = runs[runs.length - 1];
    if (last && last.level === level) last.text += shown;
    else runs.push({ text: shown, level });
    unit += ch.length;
  }
  if (runs.length === 0) return [];
  const max = Math.max(...runs.map((r) => r.level));
  const minOdd = Math.min(...runs.map((r) => (r.level % 2 === 1 ? r.level : Infinity)));
  for (let level = max; level >= minOdd && Number.isFinite(minOdd); level--) {
    for (let i = 0; i < runs.length; ) {
      if (runs[i].level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < runs.length && runs[j].level >= level) j++;
      runs.splice(i, j - i, ...runs.slice(i, j).reverse());
      i = j;
    }
  }
  return runs.map(({ text, level }) => {
    const rtl = level % 2 === 1;
    if (rtl && !ARABIC.test(text)) return { text: [...text].reverse().join(''), rtl };
    return { text, rtl };
  });
}
