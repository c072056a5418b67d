import { usePageTitle } from '../../app/page-title';
import { BackLink } from '../../components/BackLink/BackLink';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { Table } from '../../components/Table/Table';
import { useT } from '../../i18n/i18n';
import { fetchStaff } from './admin-api';
import { AdminLoading } from './AdminLoading';
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
      {!data ? (
        <AdminLoading failed={failed} />
      ) : (
        <Table
          id="staff-table"
          caption={t('admin:staff.caption')}
          rows={data}
          rowKey={(a) => a.id}
          columns={[
            { header: t('admin:staff.name'), rowHeader: true, cell: (a) => a.name },
            { header: t('admin:staff.email'), cell: (a) => a.email },
            { header: t('admin:staff.role'), cell: (a) => t(`admin:roles.${a.role}`) },
            { header: t('admin:staff.department'), cell: (a) => (a.department ? t(`departments:${a.department}`) : t('admin:staff.noDepartment')) },
            { header: t('admin:staff.state'), cell: (a) => t(!a.active ? 'admin:states.inactive' : a.invitationPending ? 'admin:states.invited' : 'admin:states.active') },
            {
              header: t('admin:change'),
              headerHidden: true,
              cell: (a) => (
                <a href={`/verwaltung/mitarbeitende/${encodeURIComponent(a.id)}`}>
                  {t('admin:change')}
                  <span class="visually-hidden"> {a.name}</span>
                </a>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
