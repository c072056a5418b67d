import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { documentFonts, sharedFontkit } from './fonts';
import type { ShapingFont } from './arabic-ligatures';

const LANGUAGES = ['de', 'de-x-easy', 'en', 'tr', 'uk', 'ar'];

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Every text of one language that has a space in it (the ones put together from their words). */
function localeLines(language: string): string[] {
  const dir = path.join(__dirname, '../../locales', language);
  const all = readdirSync(dir).flatMap((file) => strings(JSON.parse(readFileSync(path.join(dir, file), 'utf8'))));
  const lines = [...new Set(all.flatMap((s) => s.split('\n')).filter((s) => s.includes(' ')))];
  // An even sample of 250 per language keeps this quick on a busy machine; it covers every namespace's kind of text.
  const step = Math.max(1, Math.floor(lines.length / 250));
  return lines.filter((_, i) => i % step === 0);
}

const ids = (font: ShapingFont, text: string) => font.layout(text).glyphs.map((g) => (g as unknown as { id: number }).id);

describe('the shared fonts shape a line from its words', () => {
  // Issue 14: the tour list's PDF shaped every line anew; lines are now put together from their
  // words' runs. Nothing may change in what is drawn: the same glyphs as shaping the line whole.
  it.each([['regular', documentFonts.regular], ['bold', documentFonts.bold]] as const)('gives the glyphs of the whole line in every language (%s)', (_, bytes) => {
    const whole = fontkit.create(bytes() as Buffer) as unknown as ShapingFont;
    const shared = sharedFontkit.create(bytes());
    const lines = [...LANGUAGES.flatMap(localeLines), '1. Bahnhofstraße 12, 59368 Werne', 'Schrank „Eiche“, Tür fi ffl', '  two  spaces ', 'Çiğdem Şahin İzmir ığü', 'Київ, вулиця Шевченка 5'];
    expect(lines.length).toBeGreaterThan(1400);
    for (const line of lines) expect(ids(shared, line), line).toEqual(ids(whole, line));
  }, 120_000);
});
