import type { TFunction } from 'i18next';
import QRCode from 'qrcode';
import { formatEuro } from '../../domain/catalogue/fee';
import type { PaymentSummary } from '../../domain/payments/payment-summary';
import type { RequestDoc } from '../../domain/request/request-document';
import { PdfWriter } from './pdf-layout';
import { CITY, berlinTime, serviceTitle } from './request-texts';

/** The city's account an invoice names, and the GiroCode payload built for it. */
export interface InvoiceAccount {
  creditorName: string;
  iban: string;
  bic?: string;
  /** EPC069-12 payload (see domain/payments); empty once paid (a second transfer would only be refunded). */
  girocode: string;
}

type PaidRequest = RequestDoc & { reference: string; payment: PaymentSummary };

function groupIban(iban: string): string {
  return iban.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

function calendarDay(isoDate: string, locale: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

function purpose(t: TFunction, serviceId: string): string {
  return t([`payments:purpose.${serviceId}`, 'payments:purpose.default']) as string;
}

/**
 * The invoice for a bank transfer: the city's account, amount, due date, the RF creditor
 * reference as the transfer's purpose, and the GiroCode a banking app scans. Made from the stored
 * request and the configured account, so the same request always gives the same invoice.
 */
export async function invoicePdf(t: TFunction, locale: string, lng: string, doc: PaidRequest, account: InvoiceAccount): Promise<Uint8Array> {
  const service = serviceTitle(t, doc.serviceId);
  const pdf = await PdfWriter.create({ title: `${t('payments:pdf.invoiceTitle')} ${doc.reference}`, header: CITY, language: lng, reference: doc.reference, createdAt: doc.receivedAt ?? doc.updatedAt });
  pdf.heading(t('payments:pdf.invoiceTitle'), 15);
  pdf.paragraph(t('payments:pdf.invoiceIntro', { service }));
  pdf.field(t('payments:pdf.reference'), doc.reference);
  pdf.field(t('payments:pdf.service'), service);
  pdf.field(t('payments:pdf.purpose'), purpose(t, doc.serviceId));
  pdf.field(t('payments:pdf.amount'), formatEuro(doc.payment.amountCents, lng));
  pdf.field(t('payments:pdf.dueDate'), calendarDay(doc.payment.dueDate, locale));
  pdf.field(t('payments:pdf.recipient'), account.creditorName);
  pdf.field(t('payments:pdf.iban'), groupIban(account.iban));
  if (account.bic) pdf.field(t('payments:pdf.bic'), account.bic);
  pdf.field(t('payments:pdf.creditorReference'), doc.payment.creditorReference);
  // EPC069-12: error correction level M; a quiet zone of four modules.
  if (account.girocode) {
    const png = await QRCode.toBuffer(account.girocode, { errorCorrectionLevel: 'M', margin: 4, width: 300, type: 'png' });
    await pdf.image(png, 130, t('payments:pdf.qrCaption'));
  }
  pdf.paragraph(t('payments:pdf.footer'), 9);
  return pdf.bytes();
}

/** The payment receipt (Zahlungsbestätigung), once the money has arrived. */
export async function paymentReceiptPdf(t: TFunction, locale: string, lng: string, doc: PaidRequest): Promise<Uint8Array> {
  const service = serviceTitle(t, doc.serviceId);
  const payment = doc.payment;
  const pdf = await PdfWriter.create({ title: `${t('payments:pdf.receiptTitle')} ${doc.reference}`, header: CITY, language: lng, reference: doc.reference, createdAt: payment.paidAt ?? doc.updatedAt });
  pdf.heading(t('payments:pdf.receiptTitle'), 15);
  pdf.paragraph(t('payments:pdf.receiptIntro', { service }));
  pdf.field(t('payments:pdf.reference'), doc.reference);
  pdf.field(t('payments:pdf.service'), service);
  pdf.field(t('payments:pdf.purpose'), purpose(t, doc.serviceId));
  pdf.field(t('payments:pdf.paidAmount'), formatEuro(payment.paidCents ?? payment.amountCents, lng));
  pdf.field(t('payments:pdf.paidAt'), payment.paidAt ? berlinTime(payment.paidAt, locale) : '–');
  if (payment.method) pdf.field(t('payments:pdf.method'), t(`payments:pdf.methods.${payment.method}`));
  pdf.field(t('payments:pdf.creditorReference'), payment.creditorReference);
  pdf.paragraph(t('payments:pdf.footer'), 9);
  return pdf.bytes();
}
