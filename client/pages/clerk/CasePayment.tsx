import { formatEuro } from '../../../domain/catalogue/fee';
import type { PaymentSummary } from '../../../domain/payments/payment-summary';
import { formatRfReference } from '../../../domain/payments/rf-reference';
import { formatCalendarDate } from '../../format/format-date';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { describePayment } from './payment-status';

/** The fee of a case and how far its payment is: what the clerk checks before starting work. */
export function CasePayment({ payment }: { payment: PaymentSummary }) {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  const [year, month, day] = payment.dueDate.split('-').map(Number);
  return (
    <section class="case-section" aria-labelledby="payment-title">
      <h2 class="heading-m" id="payment-title">
        {t('clerk-payments:section.title')}
      </h2>
      <dl class="facts facts--block" id="case-payment">
        <div>
          <dt>{t('clerk-payments:section.fee')}</dt>
          <dd>{formatEuro(payment.amountCents, locale)}</dd>
        </div>
        <div>
          <dt>{t('clerk-payments:section.state')}</dt>
          <dd>{describePayment(t, payment, locale)}</dd>
        </div>
        {payment.state === 'paid' && payment.paidCents !== undefined && payment.paidCents !== payment.amountCents ? (
          <div>
            <dt>{t('clerk-payments:section.paidCents')}</dt>
            <dd>{formatEuro(payment.paidCents, locale)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('clerk-payments:section.reference')}</dt>
          <dd>{formatRfReference(payment.creditorReference)}</dd>
        </div>
        {payment.state !== 'paid' && year ? (
          <div>
            <dt>{t('clerk-payments:section.dueDate')}</dt>
            <dd>{formatCalendarDate({ year, month, day }, locale)}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
