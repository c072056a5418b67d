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
import { PayLinks, PaymentFact } from '../payments/PaymentStatus';
import { ProblemList, serviceName } from './request-texts';

function RequestItem({ doc, t, locale, pending }: { doc: RequestDoc; t: Translate; locale: string; pending: boolean }) {
  const state = displayState(doc, pending);
  const service = (useService(doc.serviceId) ?? undefined);
  const name = serviceName(t, doc.serviceId);
  const when = formatTimestamp(doc.updatedAt, locale);
  const isDraft = doc.status === 'draft';
  return (
    <li class="request-item">
      <h3 class="heading-s request-item__title">
        {name}
        {doc.reference ? <span class="request-item__reference"> – {doc.reference}</span> : null}
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
            <dd>{doc.reference}</dd>
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
      </p>
      <PayLinks doc={doc} label={t('requests:list.itemLabel', { name, date: when })} />
    </li>
  );
}

/** Every request on this device, from RxDB — so the list works offline and updates live. */
export function MyRequestsPage() {
  const t = useT();
  const [flash] = useState(takeFlashMessage);
  const requests = useRequestList();
  const pending = pendingRequestIds.value;
  const locale = INTL_LOCALES[language.value];
  usePageTitle(t('requests:list.title'));
  const services = useCurrentServices();
  const drafts = (requests ?? []).filter((r) => r.status === 'draft');
  const sent = (requests ?? []).filter((r) => r.status !== 'draft');
  const item = (doc: RequestDoc) => (
    <RequestItem key={doc.id} doc={doc} t={t} locale={locale} pending={pending.includes(doc.id)} />
  );
  return (
    <>
      <PageHeading>{t('requests:list.title')}</PageHeading>
      {flash ? <p class="inset-text">{t(flash)}</p> : null}
      <ul class="plain-list">
        {services.map((service) => (
          <li key={service.id}>
            <a class="button button--secondary" href={servicePath(service.id)}>
              {t('requests:list.newRequest', { name: titleOf(service) })}
            </a>
          </li>
        ))}
      </ul>
      {requests === undefined ? (
        <Loading />
      ) : requests.length === 0 ? (
        // A new device knows nothing yet: "syncing" until the first pull, never a false "none".
        <p role="status">{t(firstPullDone.value || !connected.value ? 'requests:list.empty' : 'requests:list.syncing')}</p>
      ) : (
        <>
          {drafts.length ? (
            <section aria-labelledby="drafts-title">
              <h2 class="heading-m" id="drafts-title">
                {t('requests:list.drafts')}
              </h2>
              <ul class="request-list">{drafts.map(item)}</ul>
            </section>
          ) : null}
          {sent.length ? (
            <section aria-labelledby="sent-title">
              <h2 class="heading-m" id="sent-title">
                {t('requests:list.sent')}
              </h2>
              <ul class="request-list">{sent.map(item)}</ul>
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
