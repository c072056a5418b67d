import { useEffect, useState } from 'preact/hooks';
import { usePageTitle } from '../../app/page-title';
import { BackLink } from '../../components/BackLink/BackLink';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { formatTimestamp } from '../../format/format-date';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { fetchAudit, type AuditEntry } from './clerk-api';
import './clerk.css';

/** The department lead's view of the audit trail, with the result of checking the hash chain. */
export function AuditPage() {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  const [data, setData] = useState<{ entries: AuditEntry[]; verification: { ok: boolean; entries: number; brokenAt?: number } } | undefined>();
  const [failed, setFailed] = useState(false);
  usePageTitle(t('clerk:audit.title'));
  useEffect(() => {
    fetchAudit().then(setData, () => setFailed(true));
  }, []);
  return (
    <>
      <BackLink href="/sachbearbeitung" />
      <PageHeading>{t('clerk:audit.title')}</PageHeading>
      {failed ? <p class="inset-text">{t('clerk:audit.failed')}</p> : null}
      {!data ? (
        failed ? null : <p class="loading">{t('common:loading')}</p>
      ) : (
        <>
          <p class={data.verification.ok ? 'audit-ok' : 'audit-broken'}>
            {data.verification.ok ? t('clerk:audit.intact', { count: data.verification.entries }) : t('clerk:audit.broken', { seq: data.verification.brokenAt })}
          </p>
          {data.entries.length === 0 ? (
            <p>{t('clerk:audit.empty')}</p>
          ) : (
            // Focusable with a name: a wide table scrolls sideways in its box (WCAG 2.1.1).
            <div class="table-wrapper" tabIndex={0} role="region" aria-label={t('clerk:audit.caption')}>
              <table class="table">
                <caption class="table__caption">{t('clerk:audit.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('clerk:audit.seq')}</th>
                    <th scope="col">{t('clerk:audit.at')}</th>
                    <th scope="col">{t('clerk:audit.who')}</th>
                    <th scope="col">{t('clerk:audit.action')}</th>
                    <th scope="col">{t('clerk:audit.reference')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.entries.map((e) => (
                    <tr key={e.seq}>
                      <th scope="row">{e.seq}</th>
                      <td>{formatTimestamp(e.at, locale)}</td>
                      <td>{e.actorName}</td>
                      <td>{t(`clerk:audit.actions.${e.action}`, { defaultValue: e.action })}</td>
                      <td>{e.reference ?? ''}</td>
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
