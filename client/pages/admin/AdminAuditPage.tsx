import { usePageTitle } from '../../app/page-title';
import { BackLink } from '../../components/BackLink/BackLink';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { useT } from '../../i18n/i18n';
import { AuditTrail } from '../clerk/AuditTrail';
import { fetchAdminAudit } from './admin-api';
import { AdminLoading } from './AdminLoading';
import { useAdminData } from './use-admin-data';
import './admin.css';

/** `/verwaltung/protokoll`: the administration's own audit chain, checked entry by entry. */
export function AdminAuditPage() {
  const t = useT();
  const { data, failed } = useAdminData(fetchAdminAudit, 'audit');
  usePageTitle(t('admin:audit.title'));
  return (
    <>
      <BackLink href="/verwaltung" />
      <PageHeading>{t('admin:audit.title')}</PageHeading>
      {!data ? (
        <AdminLoading failed={failed} />
      ) : (
        <AuditTrail
          texts="admin:audit"
          verification={data.verification}
          entries={data.entries}
          lastColumn={{
            header: t('admin:audit.detail'),
            cell: (e) =>
              Object.entries(e.detail ?? {})
                .map(([k, v]) => `${k}: ${v}`)
                .join('; '),
          }}
        />
      )}
    </>
  );
}
