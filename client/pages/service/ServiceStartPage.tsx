import { useLocation } from 'preact-iso';
import { useRef } from 'preact/hooks';
import { ActionPictogram } from '../../easy-language/Pictogram';
import { EasyText } from '../../easy-language/EasyText';
import type { ServiceDefinition } from '../../../domain/catalogue/service-definition';
import { StartFee } from './FeeNotice';
import { usePageTitle } from '../../app/page-title';
import { titleOf } from '../../catalogue/catalogue';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { Loading } from '../../components/Loading/Loading';
import { CitizenReplyDeadline } from '../../components/ReplyDeadline/ReplyDeadline';
import { createDraft } from '../../data/request-store';
import { databaseFailed } from '../../data/user-data';
import { useRequestList } from '../../data/use-requests';
import { formatTimestamp } from '../../format/format-date';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { currentUser } from '../../session/session';
import { TrustLevelStart } from '../account/bundid/TrustLevelStart';
import { continuePath, formPagePath, hasTaskList, servicePath, taskListPath } from './service-paths';

/**
 * A service's start page (GOV.UK "start page"): what it is, what you need, and "Jetzt beginnen",
 * which makes a new draft on this device and opens its first question. Open drafts of the
 * service are offered first, so a citizen doesn't start twice by accident.
 */
export function ServiceStartPage({ service }: { service: ServiceDefinition }) {
  const t = useT();
  const { route } = useLocation();
  const user = currentUser.value;
  const requests = useRequestList();
  // Guards against a double click making two drafts; the button itself stays enabled (a disabled
  // button loses focus and says nothing to screen readers).
  const starting = useRef(false);
  const locale = INTL_LOCALES[language.value];
  const ns = service.namespace;
  usePageTitle(titleOf(service));
  const drafts = (requests ?? []).filter((r) => r.serviceId === service.id && r.status === 'draft');

  const start = async () => {
    if (starting.current) return;
    starting.current = true;
    try {
      const draft = await createDraft(service);
      route(hasTaskList(service) ? taskListPath(service.id, draft.id) : formPagePath(service.id, draft.id, service.pages[0].id));
    } finally {
      starting.current = false;
    }
  };

  return (
    <>
      <PageHeading>{titleOf(service)}</PageHeading>
      <p class="lead">
        <EasyText text={t(`${ns}:start.lead`)} />
      </p>
      <h2 class="heading-m">{t(`${ns}:start.needTitle`)}</h2>
      <ul class="bullet-list">
        {(t(`${ns}:start.need`, { returnObjects: true }) as unknown as string[]).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <StartFee service={service} />
      <TrustLevelStart service={service} user={user} back={servicePath(service.id)} />
      <p>
        <EasyText text={t(`${ns}:start.offline`)} />
      </p>
      <CitizenReplyDeadline service={service} receivedAt={undefined} status="draft" />
      {!user ? (
        <p>
          <a class="button" href={`/anmelden?weiter=${encodeURIComponent(servicePath(service.id))}`}>
            <ActionPictogram name="next" />
            {t('common:start.loginToStart')}
          </a>
        </p>
      ) : user.role !== 'citizen' ? (
        <p>{t('common:start.citizensOnly')}</p>
      ) : (
        <>
          {drafts.length ? (
            <>
              <h2 class="heading-m">{t('common:start.draftsTitle')}</h2>
              <ul class="plain-list">
                {drafts.map((d) => (
                  <li key={d.id}>
                    <a href={continuePath(service, d)}>{t('common:start.continueDraft', { date: formatTimestamp(d.updatedAt, locale) })}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {databaseFailed.value ? (
            <Loading />
          ) : (
            <button type="button" class="button button--start" onClick={start}>
              <ActionPictogram name="next" />
              {t('common:start.begin')}
            </button>
          )}
        </>
      )}
    </>
  );
}
