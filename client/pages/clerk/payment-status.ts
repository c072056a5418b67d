import type { PaymentSummary } from '../../../domain/payments/payment-summary';
import { formatDay } from '../../format/format-date';
import type { Translate } from '../../i18n/i18n';

/** The payment as a clerk reads it in a table cell: "offen", "bezahlt am 30. November 2026 per Überweisung". */
export function describePayment(t: Translate, payment: PaymentSummary | undefined, locale: string): string {
  if (!payment) return t('clerk-payments:states.none');
  if (payment.state !== 'paid') return t(`clerk-payments:states.${payment.state}`);
  if (!payment.paidAt) return t('clerk-payments:states.paid');
  return t('clerk-payments:paidOn', {
    date: formatDay(payment.paidAt, locale),
    method: t(`clerk-payments:methods.${payment.method ?? 'transfer'}`),
  });
}
