import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { documentFonts } from './fonts';
import { plainGlyphs, type FontWithTables } from './plain-glyphs';

const ids = (glyphs: unknown[] | undefined) => (glyphs as { id: number }[] | undefined)?.map((g) => g.id);

/**
 * Words that no substitution of the font can start at are given the font's glyph per character
 * without the shaper (fonts.ts). Checked against fontkit's own shaping, per font.
 */
describe.each([['regular', documentFonts.regular], ['bold', documentFonts.bold]] as const)('plain glyphs (%s)', (_, bytes) => {
  const font = fontkit.create(bytes() as Buffer) as unknown as FontWithTables;
  const plain = plainGlyphs(font);

  it('are the shaper’s glyphs for every character taken as plain, all in one run', () => {
    const characters: string[] = [];
    for (let codePoint = 0x21; codePoint < 0x3000; codePoint++) {
      const character = String.fromCodePoint(codePoint);
      if (plain(character)) characters.push(character);
    }
    expect(characters.length).toBeGreaterThan(1000);
    const text = characters.join('');
    expect(ids(plain(text))).toEqual(ids(font.layout(text).glyphs));
  });

  it('leave to the shaper what it changes: ligatures, dotless i, marks, Arabic, fractions', () => {
    for (const text of ['fl', 'ij', 'е\u0301', 'لا', 'سلام', '1\u20442', 'a\u00ADb', 'a\u200Db']) expect(plain(text), text).toBeUndefined();
    expect(ids(plain('SPM-2027-000123'))).toEqual(ids(font.layout('SPM-2027-000123').glyphs));
    expect(ids(plain('02389'))).toEqual(ids(font.layout('02389').glyphs));
  });
});
