import { ConfirmEmailNotice } from '../account/email/ConfirmEmailNotice';
import { useState } from 'preact/hooks';
import { useService } from '../../catalogue/catalogue';
import { titleOf, useCurrentServices } from '../../catalogue/catalogue';
import type { RequestDoc } from '../../../domain/request/request-document';
import { takeFlashMessage } from '../../app/flash-message';
import { usePageTitle } from '../../app/page-title';
import { Loading } from '../../components/Loading/Loading';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { StatusTag } from '../../components/StatusTag/StatusTag';
import { displayState } from '../../components/StatusTag/display-state';
import { connected, firstPullDone, pendingRequestIds } from '../../data/sync-state';
import { useRequestList } from '../../data/use-requests';
import { formatTimestamp } from '../../format/format-date';
import { language, useT, type Translate } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { continuePath, servicePath } from '../service/service-paths';
import { KeptAnswersNotice } from './KeptAnswersNotice';
import { NotificationBanner } from '../../components/NotificationBanner/NotificationBanner';
import { FINAL_STATUSES } from '../../../domain/lifecycle/request-status';
import { useDraftDeletion } from './use-draft-deletion';
import { PayLinks, PaymentFact } from '../payments/PaymentStatus';
import { ProblemList, serviceName } from './request-texts';
import { SendRefusalNotice } from './SendRefusalNotice';

function RequestItem({ doc, t, locale, pending, onDelete }: { doc: RequestDoc; t: Translate; locale: string; pending: boolean; onDelete: (doc: RequestDoc) => void }) {
  const state = displayState(doc, pending);
  const service = (useService(doc.serviceId) ?? undefined);
  const name = serviceName(t, doc.serviceId);
  const when = formatTimestamp(doc.updatedAt, locale);
  const isDraft = doc.status === 'draft';
  return (
    <li class="request-item">
      <h3 class="heading-s request-item__title">
        {name}
        {doc.reference ? <span class="request-item__reference"> – <bdi>{doc.reference}</bdi></span> : null}
      </h3>
      <dl class="facts">
        <div>
          <dt>{t('requests:list.status')}</dt>
          <dd>
            <StatusTag state={state} />
          </dd>
        </div>
        {doc.reference ? (
          <div>
            <dt>{t('requests:reference')}</dt>
            <dd>
              <bdi>{doc.reference}</bdi>
            </dd>
          </div>
        ) : null}
        {doc.department ? (
          <div>
            <dt>{t('requests:department')}</dt>
            <dd>{t(`departments:${doc.department}`)}</dd>
          </div>
        ) : null}
        <PaymentFact doc={doc} />
        <div>
          <dt>{t('requests:list.updated')}</dt>
          <dd>{when}</dd>
        </div>
      </dl>
      {doc.status === 'rejected' && doc.statusReason ? (
        <p>
          {t('requests:detail.reason')}: {doc.statusReason}
        </p>
      ) : null}
      {state === 'returned' ? (
        <>
          <p>{t('requests:returned.text')}</p>
          <ProblemList t={t} doc={doc} />
        </>
      ) : null}
      <SendRefusalNotice doc={doc} heading="h4" />
      <KeptAnswersNotice doc={doc} />
      <p class="request-item__links">
        {isDraft && service ? (
          <a href={continuePath(service, doc)}>
            {t('requests:list.continue')}
            <span class="visually-hidden">: {t('requests:list.itemLabel', { name, date: when })}</span>
          </a>
        ) : null}
        <a href={`/antraege/${doc.id}`}>
          {t('requests:list.details')}
          <span class="visually-hidden">: {t('requests:list.itemLabel', { name, date: when })}</span>
        </a>
        {isDraft ? (
          <button type="button" class="button button--secondary button--small" onClick={() => onDelete(doc)}>
            {t('my-requests:delete')}
            <span class="visually-hidden">: {t('requests:list.itemLabel', { name, date: when })}</span>
          </button>
        ) : null}
      </p>
      <PayLinks doc={doc} label={t('requests:list.itemLabel', { name, date: when })} />
    </li>
  );
}

/**
 * Every request on this device, from RxDB — so the list works offline and updates live. The
 * citizen's own requests come first (running, then drafts), finished ones stay findable below,
 * and starting a new one comes last.
 */
export function MyRequestsPage() {
  const t = useT();
  const [flash] = useState(takeFlashMessage);
  const requests = useRequestList();
  const pending = pendingRequestIds.value;
  const locale = INTL_LOCALES[language.value];
  usePageTitle(t('requests:list.title'));
  const services = useCurrentServices();
  const { deleted, remove, undo } = useDraftDeletion();
  const all = requests ?? [];
  const drafts = all.filter((r) => r.status === 'draft');
  const open = all.filter((r) => r.status !== 'draft' && !FINAL_STATUSES.includes(r.status));
  const done = all.filter((r) => FINAL_STATUSES.includes(r.status));
  const item = (doc: RequestDoc) => (
    <RequestItem key={doc.id} doc={doc} t={t} locale={locale} pending={pending.includes(doc.id)} onDelete={remove} />
  );
  const section = (id: string, title: string, docs: RequestDoc[]) =>
    docs.length ? (
      <section aria-labelledby={id}>
        <h2 class="heading-m" id={id}>
          {title}
        </h2>
        <ul class="request-list">{docs.map(item)}</ul>
      </section>
    ) : null;
  return (
    <>
      <PageHeading>{t('requests:list.title')}</PageHeading>
      <ConfirmEmailNotice />
      {flash ? <p class="inset-text">{t(flash)}</p> : null}
      {deleted ? (
        <NotificationBanner id="draft-deleted" kind="success" title={t('my-requests:deletedTitle')}>
          <p>{t('my-requests:deleted', { name: serviceName(t, deleted.serviceId) })}</p>
          <button type="button" class="button button--secondary" id="undo-delete" onClick={undo}>
            {t('my-requests:undo')}
          </button>
        </NotificationBanner>
      ) : null}
      {requests === undefined ? (
        <Loading />
      ) : requests.length === 0 ? (
        // A new device knows nothing yet: "syncing" until the first pull, never a false "none".
        <p role="status">{t(firstPullDone.value || !connected.value ? 'requests:list.empty' : 'requests:list.syncing')}</p>
      ) : (
        <>
          {section('open-title', t('my-requests:open'), open)}
          {section('drafts-title', t('requests:list.drafts'), drafts)}
          {done.length ? (
            <details class="details" id="completed-requests">
              <summary class="details__summary">{t('my-requests:completed', { count: done.length })}</summary>
              <ul class="request-list">{done.map(item)}</ul>
            </details>
          ) : null}
        </>
      )}
      <section aria-labelledby="new-request-title">
        <h2 class="heading-m" id="new-request-title">
          {t('my-requests:newTitle')}
        </h2>
        <ul class="bullet-list">
          {services.map((service) => (
            <li key={service.id}>
              <a href={servicePath(service.id)}>{titleOf(service)}</a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
