import { describe, expect, it } from 'vitest';
import type { PaymentSummary } from '../../domain/payments/payment-summary';
import type { RequestDoc } from '../../domain/request/request-document';
import { DOCUMENT_LOCALES, translator, type Language } from '../http/i18n';
import { extractText } from '../test-support/pdf-extract';
import { checkPdfA } from '../test-support/pdfa-check';
import { caseFilePdf } from './case-file-pdf';
import { invoicePdf, paymentReceiptPdf } from './payment-pdfs';
import { receiptPdf } from './receipt-pdf';

const payment: PaymentSummary = { state: 'paid', amountCents: 3000, creditorReference: 'RF18539007547034', dueDate: '2026-12-15', paidAt: '2026-12-03T09:00:00.000Z', paidCents: 3000 };
const request = {
  id: '4f1c2a8e-5b7d-4e3a-9c1f-0a2b3c4d5e6f',
  serviceId: 'sperrmuellkarte',
  catalogueVersion: 2,
  answers: { street: 'Straße der Einheit', itemsOther: 'Шафа, ліжко; dolap ğ ş ı İ; خزانة وسرير' },
  status: 'received',
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  receivedAt: '2026-12-01T10:05:00.000Z',
  history: [{ status: 'received', at: '2026-12-01T10:05:00.000Z', actor: 'system' }],
  reference: 'SPM-2026-000123',
  payment,
} as RequestDoc & { reference: string; payment: PaymentSummary };
const account = { creditorName: 'Stadt Werne', iban: 'DE89370400440532013000', girocode: '' };
const names = () => 'Abfallwirtschaft';

/** Every PDF kind the documents module makes, in one language. */
function everyDocument(lng: Language): Record<string, Promise<Uint8Array>> {
  const t = translator(lng);
  const locale = DOCUMENT_LOCALES[lng];
  return {
    receipt: receiptPdf(t, locale, request, [{ id: 'f1', name: 'foto.jpg', sha256: 'ab'.repeat(32) }], names),
    caseFile: caseFilePdf(t, locale, request, {
      citizen: { name: 'Олена Коваленко', email: 'olena@example.org' },
      messages: [{ from: 'citizen', text: 'مرحبا، هل يمكن الاستلام يوم الثلاثاء؟', createdAt: '2026-12-02T08:00:00.000Z' }],
      files: [],
      createdAt: '2026-12-04T12:00:00.000Z',
      departmentName: names,
    }),
    invoice: invoicePdf(t, locale, lng, request, account),
    paymentReceipt: paymentReceiptPdf(t, locale, lng, request),
  };
}

describe('archive-grade PDFs (PDF/A-2b)', () => {
  it('embeds every font as a subset and carries XMP, an sRGB OutputIntent and a file ID', async () => {
    for (const [kind, pending] of Object.entries(everyDocument('de'))) {
      const report = await checkPdfA(await pending);
      expect(report.fonts.length, kind).toBeGreaterThan(0);
      for (const font of report.fonts) expect(font, `${kind}: ${font.name}`).toMatchObject({ embedded: true, subset: true });
      expect(report.xmp['pdfaid:part'], kind).toBe('2');
      expect(report.xmp['pdfaid:conformance'], kind).toBe('B');
      expect(report.xmp['dc:title'], kind).toBe(report.infoTitle);
      expect(report.xmp['dc:title'], kind).toContain('SPM-2026-000123');
      expect(report.xmp['akte:Aktenzeichen'], kind).toBe('SPM-2026-000123');
      expect(report.xmp['xmp:CreateDate'], kind).toMatch(/^2026-12-0\dT\d\d:\d\d:\d\dZ$/);
      expect(report.xmp['pdfaSchema:prefix'], kind).toBe('akte');
      expect(report.outputIntent, kind).toEqual({ subtype: '/GTS_PDFA1', iccClass: 'mntr', iccSpace: 'RGB ', components: 3 });
      expect(report.hasId, kind).toBe(true);
      expect(report.external, kind).toEqual([]);
    }
  });

  it('dates the receipt by its receipt, so the same request gives the same bytes', async () => {
    const t = translator('de');
    const once = await receiptPdf(t, 'de-DE', request, [], names);
    const again = await receiptPdf(t, 'de-DE', request, [], names);
    expect(Buffer.from(once).equals(Buffer.from(again))).toBe(true);
    expect((await checkPdfA(once)).xmp['xmp:CreateDate']).toBe('2026-12-01T10:05:00Z');
  });

  it('writes Ukrainian and Turkish letters that read back as typed', async () => {
    const uk = (await extractText(await everyDocument('uk').caseFile)).pages.join('\n');
    expect(uk).toContain('Олена Коваленко');
    expect(uk).toContain('Шафа, ліжко');
    expect(uk).toContain('dolap ğ ş ı İ');
    const tr = (await extractText(await everyDocument('tr').receipt)).lines;
    expect(tr).toContain(translator('tr')('documents:receipt.title'));
  });

  it('shapes Arabic right to left: the text extracted back is the text written', async () => {
    const t = translator('ar');
    const receipt = await extractText(await everyDocument('ar').receipt);
    const text = receipt.pages.join('\n');
    // The title is Arabic with the German term in brackets; viewers reverse the run, not the brackets' mirroring.
    expect(receipt.lines[1]).toContain((t('documents:receipt.title') as string).split(' (')[0]);
    expect(receipt.lines[1]).toContain('Eingangsbestätigung');
    // Arabic words with a Latin reference and digits inside keep their reading order.
    expect(text).toContain('خزانة وسرير');
    expect(text).toContain('SPM-2026-000123');
    const caseFile = (await extractText(await everyDocument('ar').caseFile)).pages.join('\n');
    // لا (lam-alef) is one ligature glyph: it must come back as lam then alef.
    expect(caseFile).toContain('مرحبا، هل يمكن الاستلام يوم الثلاثاء؟');
  });

  it('draws a character the font lacks as "?", never as an invisible .notdef glyph', async () => {
    const t = translator('de');
    const odd = { ...request, answers: { ...request.answers, itemsOther: 'Kiste \u{1F9F8} ok' } };
    const { pages } = await extractText(await receiptPdf(t, 'de-DE', odd, [], names));
    expect(pages.join('\n')).toContain('Kiste ? ok');
  });
});
