import type { ServiceDefinition } from '../../../domain/catalogue/service-definition';
import { isRouted } from '../../../domain/lifecycle/request-status';
import { usePageTitle } from '../../app/page-title';
import { Loading } from '../../components/Loading/Loading';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { AppointmentDetails } from '../../components/SlotPicker/lazy-slots';
import { CitizenReplyDeadline } from '../../components/ReplyDeadline/ReplyDeadline';
import { StatusTag } from '../../components/StatusTag/StatusTag';
import { displayState } from '../../components/StatusTag/display-state';
import { pendingRequestIds } from '../../data/sync-state';
import { useRequest } from '../../data/use-requests';
import { useT } from '../../i18n/i18n';
import { NotFoundPage } from '../NotFoundPage';
import { AwaitingFee, PayLinks } from '../payments/PaymentStatus';
import { checkPath } from './service-paths';
import { SendRefusalNotice } from '../requests/SendRefusalNotice';
import { nextStepsKeys, submissionText } from './submission-texts';

interface RouteProps {
  service: ServiceDefinition;
  params: { requestId: string };
}

/**
 * After "Absenden". Says honestly whether the request left the device or waits for a
 * connection, and — live, as replication brings it — the Aktenzeichen and the department.
 */
export function ConfirmationPage({ service, params }: RouteProps) {
  const t = useT();
  const doc = useRequest(params.requestId);
  const thanks = submissionText(t, service, 'thanks');
  usePageTitle(doc === null ? null : thanks);
  if (doc === null) return <NotFoundPage />;
  if (!doc) return <Loading />;

  const pending = pendingRequestIds.value.includes(doc.id);
  const state = displayState(doc, pending);
  const routed = isRouted(doc.status) && !!doc.reference;
  return (
    <>
      <div class="panel">
        <PageHeading>{thanks}</PageHeading>
        {/* Polite live region: the reference number arrives while the page is open. */}
        <div class="panel__body" aria-live="polite">
          {routed ? (
            <p>
              {t('requests:confirmation.reference')}
              <br />
              <strong class="panel__reference">
                <bdi>{doc.reference}</bdi>
              </strong>
            </p>
          ) : (
            <p>
              {state === 'pendingSend'
                ? t('submission:pendingSend')
                : t(`requests:confirmation.state.${state}`, { defaultValue: t('requests:confirmation.state.sent') })}
            </p>
          )}
        </div>
      </div>
      <div aria-live="polite">
        {routed && doc.department ? (
          <p>
            {t('requests:confirmation.department', { department: t(`departments:${doc.department}`) })}
          </p>
        ) : null}
        {state === 'returned' ? (
          <p>
            <a href={checkPath(service.id, doc.id)}>{t('requests:returned.link')}</a>
          </p>
        ) : null}
        <SendRefusalNotice doc={doc} />
      </div>
      <p>
        {t('requests:confirmation.status')} <StatusTag state={state} />
      </p>
      {/* The pay link appears live once routing has set the fee's payment. */}
      <div aria-live="polite">
        <PayLinks doc={doc} prominent />
      </div>
      <AwaitingFee service={service} doc={doc} />
      {/* Live: the appointment appears once routing has confirmed the slot. */}
      <div aria-live="polite">
        <AppointmentDetails service={service} doc={doc} />
      </div>
      <h2 class="heading-m">{t('requests:confirmation.nextTitle')}</h2>
      <p>{t(nextStepsKeys(service.namespace, routed))}</p>
      <CitizenReplyDeadline service={service} receivedAt={doc.receivedAt} status={doc.status} />
      <p>
        <a href={`/antraege/${doc.id}`}>{t('requests:confirmation.detailLink')}</a>
      </p>
      <p>
        <a href="/meine-antraege">{t('requests:confirmation.listLink')}</a>
      </p>
    </>
  );
}
