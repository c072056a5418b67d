import { useEffect, useRef, useState } from 'preact/hooks';
import { formatEuro } from '../../../domain/catalogue/fee';
import type { PaymentSummary } from '../../../domain/payments/payment-summary';
import { NetworkError } from '../../api/api-client';
import { saidRefusal } from '../../api/api-error-text';
import { usePageTitle } from '../../app/page-title';
import { BackLink } from '../../components/BackLink/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary/ErrorSummary';
import { Loading } from '../../components/Loading/Loading';
import { NotificationBanner } from '../../components/NotificationBanner/NotificationBanner';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { choosePayment } from '../../data/request-store';
import { useRequest } from '../../data/use-requests';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { useSaid } from '../../i18n/use-said';
import { NotFoundPage } from '../NotFoundPage';
import { requestLabel } from '../requests/request-texts';
import { formatPaidOn } from './payment-format';
import { invoicePath } from './payment-paths';
import { PaymentDocuments } from './PaymentDocuments';
import { owesFee } from './PaymentStatus';
import { startPayment } from './payments-api';
import { useServerPayment } from './use-server-payment';
import './payments.css';

/**
 * Online payment of one request's fee: starts the payment at the provider and sends the browser
 * to its hosted page; the provider sends it back here, and the page shows the outcome as the
 * server reports it (the return itself carries none). An ended attempt can be retried.
 */
export function PayPage({ params }: { params: { id: string } }) {
  const t = useT();
  const doc = useRequest(params.id);
  const locale = INTL_LOCALES[language.value];
  const server = useServerPayment(params.id, !!doc?.payment);
  // One key per page view: a double click, or this page restored by the back button, resumes
  // the same payment instead of starting a second one.
  const key = useRef(crypto.randomUUID());
  const [starting, setStartingState] = useState(false);
  // The disabled button is the visible guard; the ref is the exact one (a double click's second
  // click can arrive before the re-render that disables the button).
  const startingNow = useRef(false);
  const setStarting = (value: boolean) => {
    startingNow.current = value;
    setStartingState(value);
  };
  // Kept as how to say it: a language switch rewords the refusal too.
  const [error, sayError] = useSaid();
  const [focusToken, setFocusToken] = useState<number | undefined>(undefined);
  const [startedOffline, setStartedOffline] = useState(false);
  usePageTitle(doc === null ? null : t('payments:pay.title'), !!error);

  useEffect(() => {
    // Back from the provider's page into a page the browser kept (bfcache): the button must work
    // again, and the state may have moved on.
    const restored = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      setStarting(false);
      server.refresh();
    };
    window.addEventListener('pageshow', restored);
    return () => window.removeEventListener('pageshow', restored);
  }, []);

  const summary: PaymentSummary | undefined = server.data?.payment ?? doc?.payment;
  const lastOutcome = summary?.state === 'open' ? summary.lastOutcome : undefined;
  useEffect(() => {
    // The last attempt ended (failed, cancelled, expired): a retry is a new payment, with a new key.
    if (lastOutcome) key.current = crypto.randomUUID();
  }, [lastOutcome]);

  if (doc === null) return <NotFoundPage />;
  if (!doc) return <Loading />;
  const back = `/antraege/${doc.id}`;
  const label = requestLabel(t, doc);

  const start = async (event: Event) => {
    event.preventDefault();
    if (startingNow.current) return;
    setStarting(true);
    sayError(undefined);
    try {
      const { redirectUrl } = await startPayment(doc.id, key.current);
      // Lists then offer paying online first; the device keeps it even if the page is left now.
      await choosePayment(doc.id, 'online').catch(() => undefined);
      window.location.assign(redirectUrl);
      // Stays "starting" (button disabled) until the browser has left the page.
    } catch (failure) {
      setStarting(false);
      if (failure instanceof NetworkError) {
        setStartedOffline(true);
        return;
      }
      // Our wording for the payment API's refusals; the server's (in the language of the call) for the rest.
      sayError(saidRefusal(failure, (code) => [`payments:pay.errors.${code}`], 'payments:pay.errors.generic'));
      setFocusToken((n) => (n ?? 0) + 1);
      server.refresh();
    }
  };

  const offline = server.offline || startedOffline;
  let body;
  if (!summary || (summary.state !== 'paid' && !owesFee({ ...doc, payment: summary }))) {
    // No fee yet (not routed), none at all, or none any more (withdrawn, rejected).
    body = <p>{doc.status === 'submitted' ? t('payments:pay.notYet') : t('payments:pay.noFee')}</p>;
  } else if (summary.state === 'paid') {
    body = (
      <>
        <NotificationBanner id="paid-title" kind="success" title={t('payments:pay.outcome.paid')}>
          <p>{summary.paidAt ? t('payments:pay.paidAt', { date: formatPaidOn(summary.paidAt, locale) }) : null}</p>
        </NotificationBanner>
        <PaymentDocuments doc={{ ...doc, payment: summary }} />
      </>
    );
  } else {
    const amount = formatEuro(summary.amountCents, INTL_LOCALES[language.value]);
    body = (
      <>
        <div aria-live="polite">
          {lastOutcome ? <p class="inset-text payment-outcome">{t(`payments:pay.outcome.${lastOutcome}`)}</p> : null}
          {summary.state === 'pending' ? <p class="inset-text payment-outcome">{t('payments:pay.outcome.pending')}</p> : null}
        </div>
        <p>{t('payments:pay.intro', { amount, request: label })}</p>
        {offline ? (
          <p class="inset-text" id="pay-offline">
            {t('payments:pay.offline')}
          </p>
        ) : (
          <>
            <p>{t('payments:pay.how')}</p>
            <form noValidate onSubmit={start}>
              <button type="submit" class="button" id="pay-button" disabled={starting} aria-describedby={starting ? 'pay-starting' : undefined}>
                {lastOutcome ? t('payments:pay.retry') : t('payments:pay.start')}
              </button>
              <p id="pay-starting" class="visually-hidden" aria-live="polite">
                {starting ? t('payments:pay.starting') : ''}
              </p>
            </form>
          </>
        )}
        <p>
          <a href={invoicePath(doc.id)}>{t('payments:pay.transferInstead')}</a>
        </p>
      </>
    );
  }

  return (
    <>
      <BackLink href={back} />
      <ErrorSummary focusToken={focusToken} errors={error ? [{ href: '#pay-button', text: error }] : []} />
      <PageHeading caption={label}>{t('payments:pay.title')}</PageHeading>
      {body}
      <p>
        <a href={back}>{t('requests:confirmation.detailLink')}</a>
      </p>
    </>
  );
}
