import { useState } from 'preact/hooks';
import { usePageTitle } from '../../app/page-title';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { StatusTag } from '../../components/StatusTag/StatusTag';
import { formatTimestamp } from '../../format/format-date';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { currentUser } from '../../session/session';
import { serviceName } from '../requests/request-texts';
import { fetchInbox, type CaseSummary } from './clerk-api';
import { useRefresh } from './use-refresh';

const REFRESH_MS = 5000;

/**
 * The department's inbox: a real table (caption, column headers) so screen readers announce
 * each cell with its column. It refreshes quietly; no live region, which would read the whole
 * table out every five seconds.
 */
export function InboxPage() {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  const [cases, setCases] = useState<CaseSummary[] | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const department = currentUser.value?.department;
  usePageTitle(t('clerk:inbox.title'));

  useRefresh(async () => {
    try {
      setCases(await fetchInbox());
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, REFRESH_MS);

  return (
    <>
      <PageHeading>{t('clerk:inbox.title')}</PageHeading>
      {department === 'fundbuero' ? (
        <p>
          <a href="/sachbearbeitung/fundsachen">{t('fundsachen:clerkLink')}</a>
        </p>
      ) : null}
      {failed ? <p class="inset-text">{t('clerk:inbox.failed')}</p> : null}
      {cases === undefined ? (
        failed ? null : <p class="loading">{t('common:loading')}</p>
      ) : cases.length === 0 ? (
        <p>{t('clerk:inbox.empty')}</p>
      ) : (
        <div class="table-wrapper">
          <table class="table">
            <caption class="table__caption">
              {t('clerk:inbox.caption', { department: department ? t(`departments:${department}`) : '' })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('clerk:inbox.reference')}</th>
                <th scope="col">{t('clerk:inbox.service')}</th>
                <th scope="col">{t('clerk:inbox.status')}</th>
                <th scope="col">{t('clerk:inbox.receivedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <a href={`/sachbearbeitung/${c.id}`}>{c.reference ?? c.id}</a>
                  </th>
                  <td>{serviceName(t, c.serviceId)}</td>
                  <td>
                    <StatusTag state={c.status} />
                  </td>
                  <td>{c.receivedAt ? formatTimestamp(c.receivedAt, locale) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
