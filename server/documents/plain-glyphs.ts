import type { ShapingFont } from './arabic-ligatures';

type Glyph = ReturnType<ShapingFont['layout']>['glyphs'][number] & { id: number };
interface Coverage {
  version: number;
  glyphs?: number[];
  rangeRecords?: { start: number; end: number }[];
}
interface SubTable {
  version?: number;
  coverage?: Coverage;
  coverages?: Coverage[];
  inputCoverage?: Coverage[];
  lookupType?: number;
  extension?: SubTable;
}
interface Gsub {
  featureList: { tag: string; feature: { lookupListIndexes: number[] } }[];
  lookupList: { get(index: number): { lookupType: number; subTables: Iterable<SubTable> } };
}
export type FontWithTables = ShapingFont & { GSUB?: Gsub; glyphForCodePoint(codePoint: number): Glyph };

/** Features a font applies only when asked for; fontkit never turns them on by itself (and we never ask). */
const ON_REQUEST = /^(aalt|salt|dlig|hlig|case|swsh|cswh|titl|ornm|nalt|hist|smcp|c2sc|pcap|c2pc|unic|onum|lnum|pnum|tnum|zero|sups|subs|sinf|ordn|ss\d\d|cv\d\d)$/;

/** Letters, digits and signs that need no shaper of their own: no marks, nothing invisible, nothing right-to-left, no fraction slash. */
const SIMPLE = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}]$/u;
const NOT_SIMPLE = /[\p{M}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u2044]/u;

/**
 * The glyphs a substitution of the font can start at: each GSUB lookup (and each context rule)
 * begins at a glyph of its first coverage, and nested lookups only run inside a rule that has
 * begun. Undefined when the table holds something not understood here: then every word is shaped.
 */
function substitutionStarts(gsub: Gsub | undefined): Set<number> | undefined {
  const starts = new Set<number>();
  if (!gsub) return starts;
  const cover = (coverage: Coverage | undefined) => {
    if (coverage?.version === 1 && coverage.glyphs) for (const glyph of coverage.glyphs) starts.add(glyph);
    else if (coverage?.version === 2 && coverage.rangeRecords) for (const { start, end } of coverage.rangeRecords) for (let glyph = start; glyph <= end; glyph++) starts.add(glyph);
    else throw new Error('unknown coverage');
  };
  const visit = (type: number, table: SubTable): void => {
    if (type === 7) return visit(table.extension!.lookupType!, table.extension!);
    if ((type === 5 || type === 6) && table.version === 3) return cover(type === 5 ? table.coverages?.[0] : table.inputCoverage?.[0]);
    cover(table.coverage);
  };
  try {
    const lookups = new Set(gsub.featureList.filter(({ tag }) => !ON_REQUEST.test(tag)).flatMap(({ feature }) => feature.lookupListIndexes));
    for (const index of lookups) {
      const lookup = gsub.lookupList.get(index);
      for (const table of lookup.subTables) visit(lookup.lookupType, table);
    }
    return starts;
  } catch {
    return undefined;
  }
}

/**
 * Shaping a word costs a layout plan and a pass of every lookup over it; most words of our
 * documents (house numbers, postcodes, phone numbers, Aktenzeichen, most German and Turkish
 * words) hold no glyph any substitution of the font starts at, and for them the shaper can only
 * return the font's glyph for each character. This gives those glyphs straight away (the same
 * glyph objects fontkit's layout returns; fonts.test.ts compares both on every language's texts)
 * and undefined for a text that needs the shaper.
 */
export function plainGlyphs(font: FontWithTables): (text: string) => Glyph[] | undefined {
  const starts = substitutionStarts(font.GSUB);
  const plain = new Map<number, boolean>();
  const isPlain = (character: string, codePoint: number) => {
    let known = plain.get(codePoint);
    if (known === undefined) {
      const glyph = font.glyphForCodePoint(codePoint);
      known = !!starts && glyph.id !== 0 && !starts.has(glyph.id) && SIMPLE.test(character) && !NOT_SIMPLE.test(character);
      plain.set(codePoint, known);
    }
    return known;
  };
  return (text) => {
    const glyphs: Glyph[] = [];
    for (const character of text) {
      const codePoint = character.codePointAt(0)!;
      if (!isPlain(character, codePoint)) return undefined;
      glyphs.push(font.glyphForCodePoint(codePoint));
    }
    return glyphs;
  };
}
