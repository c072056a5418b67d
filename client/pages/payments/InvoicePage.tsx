import { useEffect, useState } from 'preact/hooks';
import { formatEuro } from '../../../domain/catalogue/fee';
import { usePageTitle } from '../../app/page-title';
import { BackLink } from '../../components/BackLink/BackLink';
import { Loading } from '../../components/Loading/Loading';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { useRequest } from '../../data/use-requests';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { NotFoundPage } from '../NotFoundPage';
import { requestLabel } from '../requests/request-texts';
import { GiroCode } from './GiroCode';
import { formatDueDate } from './payment-format';
import { payPath } from './payment-paths';
import { PaymentDocuments } from './PaymentDocuments';
import { loadInvoice, type InvoiceData } from './payments-api';
import './payments.css';

/** "DE02 1203 0000 0000 2020 51": groups of four, as printed on paper and read aloud. */
function groupIban(iban: string): string {
  return iban.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * The invoice for paying by bank transfer: the city's account, amount, due date, the RF creditor
 * reference, and the GiroCode a banking app scans. Kept on the device after the first visit, so
 * it opens offline like the request itself.
 */
export function InvoicePage({ params }: { params: { id: string } }) {
  const t = useT();
  const doc = useRequest(params.id);
  const locale = INTL_LOCALES[language.value];
  const [invoice, setInvoice] = useState<InvoiceData | undefined>(undefined);
  const [unavailable, setUnavailable] = useState(false);
  usePageTitle(doc === null ? null : t('payments:invoice.title'));
  const hasPayment = !!doc?.payment;
  useEffect(() => {
    if (!hasPayment) return;
    let cancelled = false;
    loadInvoice(params.id).then(
      (data) => !cancelled && setInvoice(data),
      () => !cancelled && setUnavailable(true),
    );
    return () => {
      cancelled = true;
    };
  }, [params.id, hasPayment]);

  if (doc === null) return <NotFoundPage />;
  if (!doc) return <Loading />;
  const back = `/antraege/${doc.id}`;
  const label = requestLabel(t, doc);
  // The synced summary is the newer truth for the state (paid arrives by sync), the server's
  // answer adds the account and the GiroCode.
  const payment = doc.payment ?? invoice?.payment;

  let body;
  if (!payment) {
    body = <p>{doc.status === 'submitted' ? t('payments:pay.notYet') : t('payments:pay.noFee')}</p>;
  } else {
    const amount = formatEuro(payment.amountCents, INTL_LOCALES[language.value]);
    const due = formatDueDate(payment.dueDate, locale);
    body = (
      <>
        {payment.state === 'paid' ? <p class="inset-text">{t('payments:invoice.paid')}</p> : <p>{t('payments:invoice.intro', { amount, request: label, date: due })}</p>}
        <dl class="summary-list invoice-facts">
          <div class="summary-list__row">
            <dt class="summary-list__key">{t('payments:invoice.recipient')}</dt>
            <dd class="summary-list__value">{invoice?.creditorName ?? '–'}</dd>
          </div>
          <div class="summary-list__row">
            <dt class="summary-list__key">{t('payments:invoice.iban')}</dt>
            <dd class="summary-list__value invoice-code"><bdi>{invoice ? groupIban(invoice.iban) : '–'}</bdi></dd>
          </div>
          {invoice?.bic ? (
            <div class="summary-list__row">
              <dt class="summary-list__key">{t('payments:invoice.bic')}</dt>
              <dd class="summary-list__value invoice-code">
                <bdi>{invoice.bic}</bdi>
              </dd>
            </div>
          ) : null}
          <div class="summary-list__row">
            <dt class="summary-list__key">{t('payments:invoice.amount')}</dt>
            <dd class="summary-list__value">
              <bdi>{amount}</bdi>
            </dd>
          </div>
          <div class="summary-list__row">
            <dt class="summary-list__key">{t('payments:invoice.dueDate')}</dt>
            <dd class="summary-list__value">
              <bdi>{due}</bdi>
            </dd>
          </div>
          <div class="summary-list__row">
            <dt class="summary-list__key">{t('payments:invoice.reference')}</dt>
            <dd class="summary-list__value">
              <bdi class="invoice-code" id="creditor-reference">
                {payment.creditorReference}
              </bdi>
              <span class="hint invoice-hint">{t('payments:invoice.referenceHint')}</span>
            </dd>
          </div>
        </dl>
        {unavailable && !invoice ? <p class="inset-text">{t('payments:invoice.offline')}</p> : null}
        {invoice?.girocode && payment.state !== 'paid' ? (
          <section aria-labelledby="girocode-title" class="girocode-section">
            <h2 class="heading-m" id="girocode-title">
              {t('payments:invoice.qrTitle')}
            </h2>
            <p>{t('payments:invoice.qrHint')}</p>
            <GiroCode
              payload={invoice.girocode}
              alt={t('payments:invoice.qrAlt', { amount, recipient: invoice.creditorName, reference: payment.creditorReference })}
            />
            <h3 class="heading-s" id="girocode-data-title">
              {t('payments:invoice.qrData')}
            </h3>
            <pre class="girocode-data" aria-labelledby="girocode-data-title" tabIndex={0}>
              {invoice.girocode}
            </pre>
          </section>
        ) : null}
        <PaymentDocuments doc={{ ...doc, payment }} />
        {payment.state !== 'paid' ? (
          <p>
            <a href={payPath(doc.id)}>{t('payments:invoice.payOnline')}</a>
          </p>
        ) : null}
      </>
    );
  }

  return (
    <>
      <BackLink href={back} />
      <PageHeading caption={label}>{t('payments:invoice.title')}</PageHeading>
      {body}
      <p>
        <a href={back}>{t('requests:confirmation.detailLink')}</a>
      </p>
    </>
  );
}
