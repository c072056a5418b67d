import { usePageTitle } from '../../app/page-title';
import { BackLink } from '../../components/BackLink/BackLink';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { language, useT } from '../../i18n/i18n';
import { NoticeBanner, useNotice } from './admin-feedback';
import { fetchAdminDepartments } from './admin-api';
import { useAdminData } from './use-admin-data';
import './admin.css';

/** `/verwaltung/fachdienste`: every department with its state and staff, and the way to a new one. */
export function DepartmentsPage() {
  const t = useT();
  const lng = language.value;
  const { notice } = useNotice();
  const { data, failed } = useAdminData(fetchAdminDepartments, 'departments');
  usePageTitle(t('admin:departments.title'));
  return (
    <>
      <BackLink href="/verwaltung" />
      <NoticeBanner notice={notice} />
      <PageHeading>{t('admin:departments.title')}</PageHeading>
      <p>
        <a class="button" href="/verwaltung/fachdienste/neu" id="create-department">
          {t('admin:departments.create')}
        </a>
      </p>
      {failed ? <p class="inset-text">{t('admin:loadFailed')}</p> : null}
      {!data ? (
        failed ? null : <p class="loading">{t('common:loading')}</p>
      ) : (
        // Focusable with a name: a wide table scrolls sideways in its box (WCAG 2.1.1).
        <div class="table-wrapper" tabIndex={0} role="region" aria-label={t('admin:departments.caption')}>
          <table class="table" id="departments-table">
            <caption class="table__caption">{t('admin:departments.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin:departments.name')}</th>
                <th scope="col">{t('admin:departments.id')}</th>
                <th scope="col">{t('admin:departments.staff')}</th>
                <th scope="col">{t('admin:departments.state')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('admin:change')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{d.names[lng]}</th>
                  <td>
                    <code>{d.id}</code>
                  </td>
                  <td>{d.staff}</td>
                  <td>{t(d.active ? 'admin:states.active' : 'admin:states.inactive')}</td>
                  <td>
                    <a href={`/verwaltung/fachdienste/${encodeURIComponent(d.id)}`}>
                      {t('admin:change')}
                      <span class="visually-hidden"> {d.names[lng]}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
