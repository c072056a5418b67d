import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { readableLigatures, type ShapingFont } from './arabic-ligatures';

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

/**
 * Shaping (GSUB/GPOS lookups) is most of a document's cost, and our documents repeat their
 * strings (labels, street names, dates): the glyph run of a text is kept, per font, for the
 * process. pdf-lib only reads a run, so sharing it is safe.
 */
function remembered<F extends ShapingFont>(font: F): F {
  const runs = new Map<string, ReturnType<ShapingFont['layout']>>();
  const layout = font.layout.bind(font);
  font.layout = (text: string, ...rest: unknown[]) => {
    const key = rest.length && rest[0] !== undefined ? `${JSON.stringify(rest)}\u0000${text}` : text;
    let run = runs.get(key);
    if (!run) {
      if (runs.size > 20_000) runs.clear();
      run = layout(text, ...rest);
      runs.set(key, run);
    }
    return run;
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
      font = remembered(readableLigatures(fontkit.create(bytes as Buffer) as unknown as ShapingFont));
      parsed.set(bytes, font);
    }
    return font;
  },
};
