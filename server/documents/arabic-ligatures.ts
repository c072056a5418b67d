interface ShapedGlyph {
  codePoints: number[];
}
export interface ShapingFont {
  layout(text: string, ...rest: unknown[]): { glyphs: ShapedGlyph[] };
}

const REVERSED = Symbol('reversed for right-to-left extraction');
const isArabic = (cp: number) => (cp >= 0x0600 && cp <= 0x08ff) || (cp >= 0xfb50 && cp <= 0xfeff);

/**
 * A PDF places an Arabic run in visual order, and a text extractor reverses it back glyph string
 * by glyph string: a ligature glyph (lam-alef, لا) mapped to "ل ا" in the ToUnicode table comes
 * out as "ا ل" (PDF.js, as in Firefox, reverses characters). Mapping an Arabic ligature's
 * characters in visual order makes the reversed text read right. The glyph objects are fontkit's
 * per-font cache, which pdf-lib's ToUnicode table is built from, so each is turned once.
 */
export function readableLigatures<F extends ShapingFont>(shaper: F): F {
  const layout = shaper.layout.bind(shaper);
  shaper.layout = (text: string, ...rest: unknown[]) => {
    const run = layout(text, ...rest);
    for (const glyph of run.glyphs as (ShapedGlyph & { [REVERSED]?: true })[]) {
      if (glyph.codePoints.length > 1 && !glyph[REVERSED] && glyph.codePoints.every(isArabic)) {
        glyph.codePoints = [...glyph.codePoints].reverse();
        glyph[REVERSED] = true;
      }
    }
    return run;
  };
  return shaper;
}
