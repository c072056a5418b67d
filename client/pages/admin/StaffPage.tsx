import { usePageTitle } from '../../app/page-title';
import { BackLink } from '../../components/BackLink/BackLink';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { useT } from '../../i18n/i18n';
import { fetchStaff } from './admin-api';
import { NoticeBanner, useNotice } from './admin-feedback';
import { useAdminData } from './use-admin-data';
import './admin.css';

/** `/verwaltung/mitarbeitende`: every staff account (never citizens) with role, department and state. */
export function StaffPage() {
  const t = useT();
  const { notice } = useNotice();
  const { data, failed } = useAdminData(fetchStaff, 'staff');
  usePageTitle(t('admin:staff.title'));
  return (
    <>
      <BackLink href="/verwaltung" />
      <NoticeBanner notice={notice} />
      <PageHeading>{t('admin:staff.title')}</PageHeading>
      <p>
        <a class="button" href="/verwaltung/mitarbeitende/neu" id="create-staff">
          {t('admin:staff.create')}
        </a>
      </p>
      {failed ? <p class="inset-text">{t('admin:loadFailed')}</p> : null}
      {!data ? (
        failed ? null : <p class="loading">{t('common:loading')}</p>
      ) : (
        // Focusable with a name: a wide table scrolls sideways in its box (WCAG 2.1.1).
        <div class="table-wrapper" tabIndex={0} role="region" aria-label={t('admin:staff.caption')}>
          <table class="table" id="staff-table">
            <caption class="table__caption">{t('admin:staff.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin:staff.name')}</th>
                <th scope="col">{t('admin:staff.email')}</th>
                <th scope="col">{t('admin:staff.role')}</th>
                <th scope="col">{t('admin:staff.department')}</th>
                <th scope="col">{t('admin:staff.state')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('admin:change')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.name}</th>
                  <td>{a.email}</td>
                  <td>{t(`admin:roles.${a.role}`)}</td>
                  <td>{a.department ? t(`departments:${a.department}`) : t('admin:staff.noDepartment')}</td>
                  <td>{t(a.active ? 'admin:states.active' : 'admin:states.inactive')}</td>
                  <td>
                    <a href={`/verwaltung/mitarbeitende/${encodeURIComponent(a.id)}`}>
                      {t('admin:change')}
                      <span class="visually-hidden"> {a.name}</span>
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
