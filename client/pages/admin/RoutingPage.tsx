import { usePageTitle } from '../../app/page-title';
import { serviceTitle } from '../../catalogue/catalogue';
import { BackLink } from '../../components/BackLink/BackLink';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { useT } from '../../i18n/i18n';
import { fetchRouting } from './admin-api';
import { useAdminData } from './use-admin-data';
import './admin.css';

/** `/verwaltung/zustaendigkeiten`: each service, its kind of rule and where its requests go now. */
export function RoutingPage() {
  const t = useT();
  const { data, failed } = useAdminData(fetchRouting, 'routing');
  usePageTitle(t('admin:routing.title'));
  return (
    <>
      <BackLink href="/verwaltung" />
      <PageHeading>{t('admin:routing.title')}</PageHeading>
      <p>{t('admin:routing.lead')}</p>
      {failed ? <p class="inset-text">{t('admin:loadFailed')}</p> : null}
      {!data ? (
        failed ? null : <p class="loading">{t('common:loading')}</p>
      ) : (
        // Focusable with a name: a wide table scrolls sideways in its box (WCAG 2.1.1).
        <div class="table-wrapper" tabIndex={0} role="region" aria-label={t('admin:routing.caption')}>
          <table class="table" id="routing-table">
            <caption class="table__caption">{t('admin:routing.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin:routing.service')}</th>
                <th scope="col">{t('admin:routing.rule')}</th>
                <th scope="col">{t('admin:routing.targets')}</th>
              </tr>
            </thead>
            <tbody>
              {data.services.map((s) => {
                const targets = [...new Set(s.slots.map((slot) => slot.effective))];
                const changed = s.slots.some((slot) => slot.override);
                return (
                  <tr key={s.id}>
                    <th scope="row">
                      <a href={`/verwaltung/zustaendigkeiten/${encodeURIComponent(s.id)}`}>{serviceTitle(s.id)}</a>
                    </th>
                    <td>
                      {t(`admin:routing.kinds.${s.kind}`)}
                      {changed ? (
                        <>
                          {" "}
                          <strong class="tag tag--blue">{t('admin:routing.changed')}</strong>
                        </>
                      ) : null}
                    </td>
                    <td>{targets.map((d) => t(`departments:${d}`)).join(', ')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
