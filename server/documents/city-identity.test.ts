import { describe, expect, it, vi } from 'vitest';

// Another city adopts the portal by configuration alone: this file's process runs as Musterstadt.
vi.hoisted(() => {
  process.env.CITY = 'musterstadt';
});

import { MUSTERSTADT } from '../../domain/city';
import type { PaymentSummary } from '../../domain/payments/payment-summary';
import type { RequestDoc } from '../../domain/request/request-document';
import { translator } from '../http/i18n';
import { loadMailConfig } from '../mail/mail-config';
import { renderMail } from '../mail/render-mail';
import { PDFDocument } from 'pdf-lib';
import { pdfText } from '../test-support/pdf-text';
import { invoicePdf } from './payment-pdfs';
import { loadPaymentsConfig } from '../payments/payments-config';

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

describe('the city configuration reaches letters and mails (CITY=musterstadt)', () => {
  it('heads a PDF with the configured body and names its portal as the producer', async () => {
    const bytes = await invoicePdf(translator('de'), 'de-DE', 'de', doc, { creditorName: loadPaymentsConfig({}).creditor.name, iban: 'DE89370400440532013000', bic: 'COBADEFFXXX', girocode: 'BCD' });
    const { lines } = await pdfText(bytes);
    const producer = (await PDFDocument.load(bytes, { updateMetadata: false })).getProducer();
    expect(lines[0]).toBe('Gemeinde Musterstadt');
    expect(lines.join('\n')).not.toMatch(/Werne/);
    expect(lines).toContain('Gemeinde Musterstadt – Stadtkasse');
    expect(producer).toBe('Bürgerportal Musterstadt');
  });

  it('sends mail from the city, signed with its name in every language, links in its colour', () => {
    expect(loadMailConfig({}).from).toBe(MUSTERSTADT.mailFrom);
    expect(loadMailConfig({ MAIL_FROM: 'Rathaus <post@musterstadt.example>' }).from).toBe('Rathaus <post@musterstadt.example>');
    for (const lng of ['de', 'de-x-easy', 'en', 'tr', 'uk', 'ar'] as const) {
      const mail = renderMail('emailConfirm', lng, { link: 'http://127.0.0.1/konto/bestaetigen?token=x' });
      expect(mail.text, lng).toContain('Musterstadt');
      expect(mail.text, lng).not.toMatch(/Werne|Верне|فيرنه/);
    }
    expect(renderMail('emailConfirm', 'de', { link: 'http://127.0.0.1/x' }).html).toContain(`color:${MUSTERSTADT.colours.link}`);
  });
});
