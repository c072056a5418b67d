import { formatEuro } from '../../../domain/catalogue/fee';
import type { PaymentSummary } from '../../../domain/payments/payment-summary';
import type { Translate } from '../../i18n/i18n';

/** The day money arrived, in Werne's zone ("1. Dezember 2026"). */
export function formatPaidOn(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' }).format(date);
}

/** A calendar day (YYYY-MM-DD, no zone) such as the invoice's due date. */
export function formatDueDate(isoDate: string, locale: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** "Gebühr offen: 30,00 €" / "Bezahlt am 1. Dezember 2026": the one line every list shows. */
export function paymentStateText(t: Translate, payment: PaymentSummary, lng: string, locale: string): string {
  const amount = formatEuro(payment.amountCents, lng);
  if (payment.state === 'paid') return t('payments:status.paid', { date: payment.paidAt ? formatPaidOn(payment.paidAt, locale) : '' });
  if (payment.state === 'pending') return t('payments:status.pending', { amount });
  return t('payments:status.open', { amount });
}
