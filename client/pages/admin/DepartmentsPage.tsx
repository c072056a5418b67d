import { departmentNameIn } from '../../departments/departments';
import { usePageTitle } from '../../app/page-title';
import { BackLink } from '../../components/BackLink/BackLink';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { Table } from '../../components/Table/Table';
import { language, useT } from '../../i18n/i18n';
import { NoticeBanner, useNotice } from './admin-feedback';
import { fetchAdminDepartments } from './admin-api';
import { AdminLoading } from './AdminLoading';
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
      {!data ? (
        <AdminLoading failed={failed} />
      ) : (
        <Table
          id="departments-table"
          caption={t('admin:departments.caption')}
          rows={data}
          rowKey={(d) => d.id}
          columns={[
            { header: t('admin:departments.name'), rowHeader: true, cell: (d) => departmentNameIn(d.names, lng) },
            { header: t('admin:departments.id'), cell: (d) => <code>{d.id}</code> },
            { header: t('admin:departments.staff'), cell: (d) => d.staff },
            { header: t('admin:departments.state'), cell: (d) => t(d.active ? 'admin:states.active' : 'admin:states.inactive') },
            {
              header: t('admin:change'),
              headerHidden: true,
              cell: (d) => (
                <a href={`/verwaltung/fachdienste/${encodeURIComponent(d.id)}`}>
                  {t('admin:change')}
                  <span class="visually-hidden"> {departmentNameIn(d.names, lng)}</span>
                </a>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
