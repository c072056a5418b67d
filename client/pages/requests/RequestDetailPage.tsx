import { useState } from 'preact/hooks';
import { canWithdraw } from '../../../domain/lifecycle/request-status';
import { takeFlashMessage } from '../../app/flash-message';
import { usePageTitle } from '../../app/page-title';
import { useService } from '../../catalogue/catalogue';
import { BackLink } from '../../components/BackLink/BackLink';
import { History } from '../../components/History/History';
import { Loading } from '../../components/Loading/Loading';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { CitizenReplyDeadline } from '../../components/ReplyDeadline/ReplyDeadline';
import { AppointmentDetails, SlotAlternatives } from '../../components/SlotPicker/lazy-slots';
import { StatusTag } from '../../components/StatusTag/StatusTag';
import { formatSlot } from '../../format/format-slot';
import { displayState } from '../../components/StatusTag/display-state';
import { SendRefusalNotice } from './SendRefusalNotice';
import { AnswersSummary } from '../../components/SummaryList/AnswersSummary';
import { pendingRequestIds } from '../../data/sync-state';
import { useRequest } from '../../data/use-requests';
import { formatTimestamp } from '../../format/format-date';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { NotificationBanner } from '../../components/NotificationBanner/NotificationBanner';
import { NotFoundPage } from '../NotFoundPage';
import { continuePath } from '../service/service-paths';
import { askedByClerk } from './asked-by-clerk';
import { KeptAnswersNotice } from './KeptAnswersNotice';
import { Postfach } from './Postfach';
import { ReceiptLink } from './ReceiptLink';
import { PaymentDocuments } from '../payments/PaymentDocuments';
import { AwaitingFee, PayLinks, PaymentFact } from '../payments/PaymentStatus';
import { ProblemList, serviceName } from './request-texts';

/** One request: its state, Aktenzeichen, department, answers and history — from the device. */
export function RequestDetailPage({ params }: { params: { id: string } }) {
  const t = useT();
  const doc = useRequest(params.id);
  const [flash] = useState(takeFlashMessage);
  const locale = INTL_LOCALES[language.value];
  const name = doc ? serviceName(t, doc.serviceId) : t('requests:detail.title');
  usePageTitle(doc === null ? null : name);
  if (doc === null) return <NotFoundPage />;
  if (!doc) return <Loading />;

  const service = (useService(doc.serviceId, doc.catalogueVersion) ?? undefined);
  const state = displayState(doc, pendingRequestIds.value.includes(doc.id));
  return (
    <>
      <BackLink href="/meine-antraege" />
      <span class="caption">{t('requests:detail.caption')}</span>
      <PageHeading>{name}</PageHeading>
      {flash ? <p class="inset-text">{t(flash)}</p> : null}
      <KeptAnswersNotice doc={doc} />
      <dl class="facts facts--block" aria-live="polite">
        <div>
          <dt>{t('requests:list.status')}</dt>
          <dd>
            <StatusTag state={state} />
          </dd>
        </div>
        <div>
          <dt>{t('requests:reference')}</dt>
          <dd>{doc.reference ? <bdi>{doc.reference}</bdi> : t('requests:detail.noReference')}</dd>
        </div>
        <div>
          <dt>{t('requests:department')}</dt>
          <dd>{doc.department ? t(`departments:${doc.department}`) : t('requests:detail.noDepartment')}</dd>
        </div>
        {doc.confirmedSlot ? (
          <div>
            <dt>{t('slots:confirmed')}</dt>
            <dd>{formatSlot(doc.confirmedSlot, locale, t)}</dd>
          </div>
        ) : null}
        <PaymentFact doc={doc} />
        {doc.receivedAt ? (
          <div>
            <dt>{t('requests:detail.receivedAt')}</dt>
            <dd>{formatTimestamp(doc.receivedAt, locale)}</dd>
          </div>
        ) : null}
      </dl>
      <PayLinks doc={doc} prominent />
      {service ? <AwaitingFee service={service} doc={doc} /> : null}
      {doc.status !== 'draft' ? <CitizenReplyDeadline service={service} receivedAt={doc.receivedAt} status={doc.status} /> : null}
      {service ? <SlotAlternatives service={service} doc={doc} pageName={name} /> : null}
      {service ? <AppointmentDetails service={service} doc={doc} /> : null}
      {askedByClerk(doc) ? (
        <NotificationBanner id="question-title" title={t('requests:question.title')}>
          <blockquote class="quote">{doc.statusReason}</blockquote>
          <p>{t('requests:question.answer')}</p>
          <p>
            <a href="#reply-text">{t('requests:question.toReply')}</a>
          </p>
        </NotificationBanner>
      ) : null}
      {doc.status === 'rejected' && doc.statusReason ? (
        <div class="inset-text">
          <p>
            {t('requests:detail.reason')}: {doc.statusReason}
          </p>
        </div>
      ) : null}
      {state === 'returned' ? (
        <div class="inset-text">
          <p>{t('requests:returned.text')}</p>
          <ProblemList t={t} doc={doc} />
        </div>
      ) : null}
      <SendRefusalNotice doc={doc} />
      {doc.status === 'draft' && service ? (
        <p>
          <a class="button" href={continuePath(service, doc)}>
            {t('requests:list.continue')}
          </a>
        </p>
      ) : null}
      <h2 class="heading-m">{t('requests:detail.answers')}</h2>
      {service ? <AnswersSummary service={service} answers={doc.answers} /> : null}
      <h2 class="heading-m">{t('requests:detail.history')}</h2>
      <History entries={doc.history} />
      {doc.reference && doc.receivedAt ? <ReceiptLink doc={doc} /> : null}
      <PaymentDocuments doc={doc} />
      <Postfach doc={doc} />
      {canWithdraw(doc.status) ? (
        <p class="withdraw-link">
          <a href={`/antraege/${doc.id}/zurueckziehen`}>{t('requests:withdraw.link')}</a>
        </p>
      ) : null}
    </>
  );
}
