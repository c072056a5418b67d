import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { giroCodePayload } from '../../domain/payments/girocode';
import type { PaymentSummary } from '../../domain/payments/payment-summary';
import type { RequestDoc } from '../../domain/request/request-document';
import { translator } from '../http/i18n';
import { pdfText } from '../test-support/pdf-text';
import { invoicePdf, paymentReceiptPdf, type InvoiceAccount } from './payment-pdfs';

const payment: PaymentSummary = { state: 'open', amountCents: 3000, creditorReference: 'RF18539007547034', dueDate: '2026-12-15' };
const doc = {
  id: '4f1c2a8e-5b7d-4e3a-9c1f-0a2b3c4d5e6f',
  serviceId: 'sperrmuellkarte',
  catalogueVersion: 2,
  answers: {},
  status: 'received',
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  history: [],
  reference: 'SPM-2026-000123',
  payment,
} satisfies RequestDoc & { reference: string; payment: PaymentSummary };
const creditor = { name: 'Stadt Werne – Stadtkasse', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX' };
const account: InvoiceAccount = {
  creditorName: creditor.name,
  iban: creditor.iban,
  bic: creditor.bic,
  girocode: giroCodePayload({ ...creditor, amountCents: payment.amountCents, creditorReference: payment.creditorReference }),
};

/** Width of every image the PDF's pages draw. */
async function imageWidths(bytes: Uint8Array): Promise<number[]> {
  const pdf = await PDFDocument.load(bytes);
  const widths: number[] = [];
  for (const page of pdf.getPages()) {
    const xObjects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
    for (const [, ref] of xObjects?.entries() ?? []) {
      const stream = pdf.context.lookup(ref);
      if (stream instanceof PDFRawStream && stream.dict.get(PDFName.of('Subtype')) === PDFName.of('Image')) {
        widths.push((stream.dict.get(PDFName.of('Width')) as PDFNumber).asNumber());
      }
    }
  }
  return widths;
}

describe('invoice PDF', () => {
  it('names the account, amount, due date and RF reference, and carries the GiroCode image', async () => {
    const bytes = await invoicePdf(translator('de'), 'de-DE', 'de', doc, account);
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const { lines, title } = await pdfText(bytes);
    expect(title).toBe('Rechnung SPM-2026-000123');
    expect(lines[0]).toBe('Stadt Werne');
    const value = (label: string) => lines[lines.indexOf(label) + 1];
    expect(value('Aktenzeichen')).toBe('SPM-2026-000123');
    expect(value('Betrag')).toBe('30,00 €');
    expect(value('Zahlbar bis')).toBe('15.12.2026');
    expect(value('Empfänger')).toBe('Stadt Werne – Stadtkasse');
    expect(value('IBAN')).toBe('DE89 3704 0044 0532 0130 00');
    expect(value('BIC')).toBe('COBADEFFXXX');
    expect(value('Verwendungszweck')).toBe('RF18539007547034');
    expect(lines.join(' ')).toContain('GiroCode');
    // The QR code (300 px wide as rendered) is drawn once.
    expect(await imageWidths(bytes)).toEqual([300]);
  });

  it('speaks English and Leichte Sprache too', async () => {
    const en = await pdfText(await invoicePdf(translator('en'), 'en-GB', 'en', doc, account));
    expect(en.lines).toContain('Invoice');
    expect(en.lines[en.lines.indexOf('Amount') + 1]).toBe('€30.00');
    const easy = await pdfText(await invoicePdf(translator('de-x-easy'), 'de-DE', 'de-x-easy', doc, account));
    expect(easy.lines).toContain('Verwendungs·zweck');
  });
});

describe('payment receipt PDF', () => {
  it('says what was paid, when and how', async () => {
    const paid = { ...doc, payment: { ...payment, state: 'paid' as const, method: 'online' as const, paidAt: '2026-12-01T13:05:00.000Z', paidCents: 3000 } };
    const { lines, title } = await pdfText(await paymentReceiptPdf(translator('de'), 'de-DE', 'de', paid));
    expect(title).toBe('Zahlungsbestätigung SPM-2026-000123');
    const value = (label: string) => lines[lines.indexOf(label) + 1];
    expect(value('Bezahlter Betrag')).toBe('30,00 €');
    expect(value('Bezahlt am')).toBe('01.12.2026, 14:05');
    expect(value('Zahlungsart')).toBe('Online-Zahlung');
  });
});
