import { useState } from 'preact/hooks';
import { titleOf, useService } from '../catalogue/catalogue';
import { EasyText } from '../easy-language/EasyText';
import { ServiceDirectory } from './start/ServiceDirectory';
import { takeFlashMessage } from '../app/flash-message';
import { usePageTitle } from '../app/page-title';
import { PageHeading } from '../components/PageHeading/PageHeading';
import { useRequestList } from '../data/use-requests';
import { useT } from '../i18n/i18n';
import { currentUser } from '../session/session';
import { continuePath, servicePath } from './service/service-paths';
import { worksCases } from '../../domain/staff/roles';

/**
 * What the portal is and where to start. Paints without RxDB (which loads after first paint);
 * a citizen's open drafts appear as soon as the database is open.
 */
export function StartPage() {
  const t = useT();
  const user = currentUser.value;
  const [flash] = useState(takeFlashMessage);
  const requests = useRequestList();
  usePageTitle(t('common:start.title'));
  const latestDraft = (requests ?? []).find((r) => r.status === 'draft');
  const draftService = latestDraft ? (useService(latestDraft.serviceId) ?? undefined) : undefined;
  return (
    <>
      {flash ? <p class="inset-text">{t(flash)}</p> : null}
      <PageHeading>{t('common:start.title')}</PageHeading>
      <p class="lead">
        <EasyText text={t('common:start.lead')} />
      </p>
      <p>
        <EasyText text={t('common:start.offline')} />
      </p>
      <h2 class="heading-m">{t('common:start.servicesTitle')}</h2>
      <ServiceDirectory />
      <p>
        <a href="/fundsachen">{t('fundsachen:startLink')}</a>
      </p>
      {user?.role === 'citizen' ? (
        <>
          <h2 class="heading-m">{t('common:start.yourRequests')}</h2>
          {latestDraft && draftService ? (
            <p>
              <a class="button" href={continuePath(draftService, latestDraft)}>
                {t('common:start.continueLatest', { name: titleOf(draftService) })}
              </a>
            </p>
          ) : null}
          <p>
            <a href="/meine-antraege">{t('common:header.myRequests')}</a>
          </p>
        </>
      ) : user && worksCases(user.role) ? (
        <p>
          <a href="/sachbearbeitung">{t('common:header.inbox')}</a>
        </p>
      ) : user ? (
        <p>{t('messages:staffNoCases')}</p>
      ) : (
        <>
          <h2 class="heading-m">{t('common:start.accountTitle')}</h2>
          <p>
            <EasyText text={t('common:start.accountText')} />
          </p>
          <p>
            <a href="/anmelden">{t('common:header.login')}</a>
            {' · '}
            <a href="/registrieren">{t('common:header.register')}</a>
          </p>
        </>
      )}
    </>
  );
}
