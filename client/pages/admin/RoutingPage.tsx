import { usePageTitle } from '../../app/page-title';
import { serviceTitle } from '../../catalogue/catalogue';
import { BackLink } from '../../components/BackLink/BackLink';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { Table } from '../../components/Table/Table';
import { useT } from '../../i18n/i18n';
import { fetchRouting } from './admin-api';
import { AdminLoading } from './AdminLoading';
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
      {!data ? (
        <AdminLoading failed={failed} />
      ) : (
        <Table
          id="routing-table"
          caption={t('admin:routing.caption')}
          rows={data.services}
          rowKey={(s) => s.id}
          columns={[
            {
              header: t('admin:routing.service'),
              rowHeader: true,
              cell: (s) => <a href={`/verwaltung/zustaendigkeiten/${encodeURIComponent(s.id)}`}>{serviceTitle(s.id)}</a>,
            },
            {
              header: t('admin:routing.rule'),
              cell: (s) => (
                <>
                  {t(`admin:routing.kinds.${s.kind}`)}
                  {s.slots.some((slot) => slot.override) ? (
                    <>
                      {' '}
                      <strong class="tag tag--blue">{t('admin:routing.changed')}</strong>
                    </>
                  ) : null}
                </>
              ),
            },
            { header: t('admin:routing.targets'), cell: (s) => [...new Set(s.slots.map((slot) => slot.effective))].map((d) => t(`departments:${d}`)).join(', ') },
          ]}
        />
      )}
    </>
  );
}
