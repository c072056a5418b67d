import { describe, expect, it } from 'vitest';
import { pdfText } from '../test-support/pdf-text';
import { PdfWriter } from './pdf-layout';

async function document(language: string, lines: [string, string][]): Promise<string[]> {
  const pdf = await PdfWriter.create({ title: 'Test', header: 'Stadt Werne', language, createdAt: '2026-12-01T10:00:00.000Z' });
  for (const [label, value] of lines) pdf.field(label, value);
  return (await pdfText(await pdf.bytes())).lines;
}

/**
 * The fonts are parsed once per process and shared by every document (fonts.ts). DejaVu draws
 * Cyrillic В, С, І, О from the Latin B, C, I, O: embedding a subset of a Ukrainian document made
 * those Latin glyphs without their characters, and every later German document of the process
 * then lacked them in its ToUnicode map: a reader (or PDF.js) found "2nline" for "Online" and no
 * "BIC". Seen as tests failing only when they ran after a Ukrainian document in the same worker.
 */
describe('documents made one after another in one process', () => {
  it('keep every character readable after a Cyrillic document', async () => {
    expect(await document('uk', [['Вулиця', 'СОІВ Київ']])).toContain('СОІВ Київ');
    const lines = await document('de', [['BIC', 'COBADEFFXXX'], ['Zahlungsart', 'Online-Zahlung']]);
    expect(lines).toEqual(['Stadt Werne', 'BIC', 'COBADEFFXXX', 'Zahlungsart', 'Online-Zahlung']);
  });
});
