import type { TFunction } from 'i18next';
import type { PaymentSummary } from '../../domain/payments/payment-summary';

/** The payment as the inbox column says it (client/pages/clerk/payment-status.ts), for the CSV export. */
export function paymentText(t: TFunction, payment: PaymentSummary | undefined, locale: string): string {
  if (!payment) return t('clerk-payments:states.none');
  if (payment.state !== 'paid' || !payment.paidAt) return t(`clerk-payments:states.${payment.state}`);
  const date = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Berlin' }).format(new Date(payment.paidAt));
  return t('clerk-payments:paidOn', { date, method: t(`clerk-payments:methods.${payment.method ?? 'transfer'}`) });
}
