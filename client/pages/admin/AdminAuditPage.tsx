import { usePageTitle } from '../../app/page-title';
import { BackLink } from '../../components/BackLink/BackLink';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { formatTimestamp } from '../../format/format-date';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { fetchAdminAudit } from './admin-api';
import { useAdminData } from './use-admin-data';
import '../clerk/clerk.css';
import './admin.css';

/** `/verwaltung/protokoll`: the administration's own audit chain, checked entry by entry. */
export function AdminAuditPage() {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  const { data, failed } = useAdminData(fetchAdminAudit, 'audit');
  usePageTitle(t('admin:audit.title'));
  return (
    <>
      <BackLink href="/verwaltung" />
      <PageHeading>{t('admin:audit.title')}</PageHeading>
      {failed ? <p class="inset-text">{t('admin:loadFailed')}</p> : null}
      {!data ? (
        failed ? null : <p class="loading">{t('common:loading')}</p>
      ) : (
        <>
          <p class={data.verification.ok ? 'audit-ok' : 'audit-broken'}>
            {data.verification.ok ? t('admin:audit.intact', { count: data.verification.entries }) : t('admin:audit.broken', { seq: data.verification.brokenAt })}
          </p>
          {data.entries.length === 0 ? (
            <p>{t('admin:audit.empty')}</p>
          ) : (
            // Focusable with a name: a wide table scrolls sideways in its box (WCAG 2.1.1).
            <div class="table-wrapper" tabIndex={0} role="region" aria-label={t('admin:audit.caption')}>
              <table class="table">
                <caption class="table__caption">{t('admin:audit.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('admin:audit.seq')}</th>
                    <th scope="col">{t('admin:audit.at')}</th>
                    <th scope="col">{t('admin:audit.who')}</th>
                    <th scope="col">{t('admin:audit.action')}</th>
                    <th scope="col">{t('admin:audit.detail')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.entries.map((e) => (
                    <tr key={e.seq}>
                      <th scope="row">{e.seq}</th>
                      <td>{formatTimestamp(e.at, locale)}</td>
                      <td>{e.actorName}</td>
                      <td>{t(`admin:audit.actions.${e.action}`, { defaultValue: e.action })}</td>
                      <td>
                        {Object.entries(e.detail ?? {})
                          .map(([k, v]) => `${k}: ${v}`)
                          .join('; ')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
