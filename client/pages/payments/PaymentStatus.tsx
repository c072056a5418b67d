import type { FormService } from '../../../domain/catalogue/service-definition';
import { isPaymentDue } from '../../../domain/payments/payment-summary';
import type { RequestDoc } from '../../../domain/request/request-document';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { paymentStateText } from './payment-format';
import { invoicePath, payPath } from './payment-paths';

/**
 * The fee's state as a row of a request's facts ("Gebühr: Gebühr offen: 30,00 €"), read from the
 * synced `payment` summary, so it shows offline too. Nothing for requests without a fee.
 */
export function PaymentFact({ doc }: { doc: RequestDoc }) {
  const t = useT();
  if (!doc.payment) return null;
  return (
    <div>
      <dt>{t('payments:status.label')}</dt>
      <dd class={`payment-state payment-state--${doc.payment.state}`}>
        {paymentStateText(t, doc.payment, language.value, INTL_LOCALES[language.value])}
      </dd>
    </div>
  );
}

/** A fee still to pay; a withdrawn or rejected request is not asked for money. */
export function owesFee(doc: RequestDoc): boolean {
  return isPaymentDue(doc) && doc.status !== 'withdrawn' && doc.status !== 'rejected';
}

/**
 * "Jetzt bezahlen" and "Rechnung ansehen" while the fee is owed; the way the citizen chose when
 * sending comes first. `label` names the request for screen readers in lists of many.
 */
export function PayLinks({ doc, label, prominent = false }: { doc: RequestDoc; label?: string; prominent?: boolean }) {
  const t = useT();
  if (!owesFee(doc)) return null;
  const hidden = label ? <span class="visually-hidden">: {label}</span> : null;
  const first = doc.paymentChoice === 'transfer' ? 'invoice' : 'online';
  // The way chosen when sending is the page's next step, so it looks like one (GOV.UK start button style).
  const look = (which: string) => (prominent && which === first ? 'button' : undefined);
  const online = (
    <a key="online" href={payPath(doc.id)} class={look('online')}>
      {t('payments:status.payNow')}
      {hidden}
    </a>
  );
  const invoice = (
    <a key="invoice" href={invoicePath(doc.id)} class={look('invoice')}>
      {t('payments:status.invoice')}
      {hidden}
    </a>
  );
  return <p class="payment-links">{first === 'invoice' ? [invoice, ' ', online] : [online, ' ', invoice]}</p>;
}

/** The fee's state as a short note beside a request in a list (Mein Bereich). */
export function PaymentNote({ doc }: { doc: RequestDoc }) {
  const t = useT();
  if (!doc.payment) return null;
  return <span class="payment-note"> – {paymentStateText(t, doc.payment, language.value, INTL_LOCALES[language.value])}</span>;
}

/**
 * A fee-bearing request the city has not received yet has no `payment`: say when paying becomes
 * possible, so nobody looks for a pay button that cannot work yet.
 */
export function AwaitingFee({ service, doc }: { service: FormService; doc: RequestDoc }) {
  const t = useT();
  if (doc.payment || service.fee.kind === 'free' || doc.status !== 'submitted') return null;
  return <p class="inset-text">{t('payments:status.afterReceipt')}</p>;
}
