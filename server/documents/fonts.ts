import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { readableLigatures, type ShapingFont } from './arabic-ligatures';
import { plainGlyphs, type FontWithTables } from './plain-glyphs';

/**
 * DejaVu Sans from the `dejavu-fonts-ttf` package: one family that covers Latin (incl. Turkish
 * ğ ş ı İ), Cyrillic and Arabic with the OpenType joining forms, in regular and bold, under a free
 * licence that allows embedding. Read from node_modules, never fetched at run time.
 */
const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

const cache = new Map<string, Uint8Array>();

function read(file: string): Uint8Array {
  let bytes = cache.get(file);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(path.join(fontDir, file)));
    cache.set(file, bytes);
  }
  return bytes;
}

export const documentFonts = {
  regular: () => read('DejaVuSans.ttf'),
  bold: () => read('DejaVuSans-Bold.ttf'),
};

const parsed = new WeakMap<Uint8Array, ShapingFont>();

/** Right-to-left letters (and the marks that steer direction): such a line is shaped whole, since the shaper orders its words. */
/** A character of a script of its own (not shared punctuation, digits or marks): the shaper's choice of script. */
const SCRIPT_LETTER = /[^\p{Script=Common}\p{Script=Inherited}]/u;
const SHAPED_WHOLE = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * Shaping (GSUB/GPOS lookups) is most of a document's cost, and our documents repeat their
 * words (labels, street names, dates) far more than their lines: a left-to-right line is put
 * together from the glyph runs of its words, each shaped once per font for the process. That
 * gives the same glyphs as shaping the line (no lookup of these fonts reaches across a space,
 * fonts.test.ts checks it on every language's texts; pdf-lib takes the glyphs and their own
 * advance widths, never the positions). pdf-lib only reads a run, so sharing it is safe.
 */
function remembered<F extends ShapingFont>(font: F): F {
  type Run = ReturnType<ShapingFont['layout']> & { script?: string };
  const runs = new Map<string, Run>();
  const layout = font.layout.bind(font);
  const plain = plainGlyphs(font as unknown as FontWithTables);
  const shape = (text: string, features: unknown, script?: string): Run => {
    const key = `${features === undefined ? '' : JSON.stringify(features)}\u0000${script ?? ''}\u0000${text}`;
    let run = runs.get(key);
    if (!run) {
      if (runs.size > 20_000) runs.clear();
      const glyphs = features === undefined ? plain(text) : undefined;
      run = glyphs ? { glyphs } : script === undefined ? layout(text, features) : layout(text, features, script);
      runs.set(key, run);
    }
    return run;
  };
  // The shaper picks its script (and so its lookups) by the line's first letter of a script: each
  // word is shaped in the line's script, so "Grün·flächen" in a Ukrainian line keeps its "fl".
  const scripts = new Map<string, string | undefined>();
  const lineScript = (text: string) => {
    const letter = SCRIPT_LETTER.exec(text)?.[0];
    if (letter === undefined) return undefined;
    if (!scripts.has(letter)) scripts.set(letter, (layout(letter) as Run).script);
    return scripts.get(letter);
  };
  font.layout = (text: string, ...rest: unknown[]) => {
    if (rest.length > 1) return layout(text, ...rest);
    const features = rest[0];
    if (!text.includes(' ') || SHAPED_WHOLE.test(text)) return shape(text, features);
    const script = lineScript(text);
    const glyphs: Run['glyphs'] = [];
    text.split(' ').forEach((word, i) => {
      if (i > 0) glyphs.push(...shape(' ', features, script).glyphs);
      if (word) glyphs.push(...shape(word, features, script).glyphs);
    });
    return { glyphs };
  };
  return font;
}

/** The features that only move glyphs (GPOS kerning, mark and cursive placement, the old kern table). */
const POSITIONING = ['kern', 'mark', 'mkmk', 'curs', 'dist', 'abvm', 'blwm'];

/**
 * pdf-lib draws each glyph at its own advance width and never reads the shaper's positions, yet
 * working them out (GPOS) was two thirds of every shaping call. The layout here asks for the
 * substitutions only: the same glyphs (ligatures, Arabic joining forms, right-to-left order;
 * fonts.test.ts compares them with a plain fontkit font on every language's texts), no positions
 * worth reading. fontkit writes the features it applied into the object it is given, so each call
 * gets its own: a shared one would carry one run's features (Arabic `init`, `fina`) into the next.
 */
function glyphsOnly<F extends ShapingFont>(font: F): F {
  const layout = font.layout.bind(font);
  font.layout = (text: string, features?: unknown, ...rest: unknown[]) => {
    if (typeof features === 'string') return layout(text, glyphFeatures(undefined), features, ...rest);
    return layout(text, glyphFeatures(features), ...rest);
  };
  return font;
}

function glyphFeatures(asked: unknown): Record<string, boolean> {
  const features: Record<string, boolean> = Array.isArray(asked) ? Object.fromEntries(asked.map((tag: string) => [tag, true])) : { ...(asked as Record<string, boolean> | undefined) };
  for (const tag of POSITIONING) features[tag] = false;
  return features;
}

/**
 * fontkit keeps one glyph object per glyph id for the font's life, with the characters it was
 * first made for; pdf-lib builds a document's ToUnicode map from them. Embedding a subset makes
 * glyphs without characters: the components a composite glyph is drawn from (DejaVu draws
 * Cyrillic В, С, О from the Latin B, C, O). With the font shared, every later document then lost
 * those letters in its ToUnicode map ("nline" for "Online"). A glyph the layout asks for with its
 * characters gets them if it has none.
 */
function withCharacters<F extends ShapingFont>(font: F): F {
  type Glyph = { codePoints: number[] };
  const fk = font as unknown as { getGlyph(id: number, characters?: number[]): Glyph | null };
  const getGlyph = fk.getGlyph.bind(fk);
  fk.getGlyph = (id, characters = []) => {
    const glyph = getGlyph(id, characters);
    if (glyph && glyph.codePoints.length === 0 && characters.length > 0) glyph.codePoints = characters;
    return glyph;
  };
  return font;
}

/**
 * fontkit for pdf-lib's `registerFontkit`, parsing each of our fonts once per process: a parsed
 * font keeps its tables and shaping caches, which makes the second document ~10× faster. pdf-lib
 * takes a fresh subset of it per document, so documents share no state but the glyph outlines.
 */
export const sharedFontkit = {
  create(bytes: Uint8Array): ShapingFont {
    let font = parsed.get(bytes);
    if (!font) {
      font = remembered(readableLigatures(glyphsOnly(withCharacters(fontkit.create(bytes as Buffer) as unknown as ShapingFont))));
      parsed.set(bytes, font);
    }
    return font;
  },
};
