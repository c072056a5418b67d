import { useEffect, useState } from 'preact/hooks';
import type { ChainCheck } from '../../../domain/audit/chain-check';
import { usePageTitle } from '../../app/page-title';
import { BackLink } from '../../components/BackLink/BackLink';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { useT } from '../../i18n/i18n';
import { AuditTrail } from './AuditTrail';
import { fetchAudit, type AuditEntry } from './clerk-api';

/** The department lead's view of the audit trail, with the result of checking the hash chain. */
export function AuditPage() {
  const t = useT();
  const [data, setData] = useState<{ entries: AuditEntry[]; verification: ChainCheck } | undefined>();
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
        <AuditTrail
          texts="clerk:audit"
          verification={data.verification}
          entries={data.entries}
          lastColumn={{ header: t('clerk:audit.reference'), cell: (e) => e.reference ?? '' }}
        />
      )}
    </>
  );
}
