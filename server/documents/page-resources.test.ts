import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractText } from '../test-support/pdf-extract';
import { PdfWriter } from './pdf-layout';

/**
 * pdf-lib adds a font to a page's resources under a new name each time drawText is handed one:
 * a page of the 200-pickup tour list carried ~150 names for its two fonts (10 KB of the file, and
 * each new name was checked against all before it). A page names each font it uses once.
 */
describe('the fonts a page uses', () => {
  it('are named once each in the page resources, however much text the page holds', async () => {
    const pdf = await PdfWriter.create({ title: 'Tour', header: 'Stadt Werne', language: 'de', createdAt: '2026-12-01T10:00:00.000Z' });
    for (let i = 1; i <= 60; i++) {
      pdf.heading(`${i}. Bonenstraße ${i}, 59368 Werne`, 11);
      pdf.field('Aktenzeichen', `SPM-2027-${String(i).padStart(6, '0')}`);
      pdf.field('Telefon', `02389 ${123456 + i}`);
    }
    const bytes = await pdf.bytes();
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBeGreaterThan(2);
    for (const page of doc.getPages()) {
      const fonts = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict);
      expect(fonts?.keys().length).toBe(2);
    }
    const { lines } = await extractText(bytes);
    expect(lines).toContain('60. Bonenstraße 60, 59368 Werne');
    expect(lines).toContain('Telefon 02389 123516');
  });
});
