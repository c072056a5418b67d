import { useEffect, useState } from 'preact/hooks';
import type { ServiceDefinition } from '../../../domain/catalogue/service-definition';
import { formatBytes } from '../../../domain/files/file-rules';
import type { FileSummary, ResponseOf } from '../../../domain/api';
import { apiFetch } from '../../api/api-client';
import { Table } from '../../components/Table/Table';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';

/**
 * "Anhänge": the files a request was sent with, each to download (the server sends them as
 * attachments only, never shown inside the portal) with its SHA-256 for the records.
 */
export function Attachments({ requestId, service }: { requestId: string; service: ServiceDefinition | undefined }) {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  const [files, setFiles] = useState<FileSummary[] | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const hasFileQuestion = !!service && Object.values(service.fields).some((f) => f.type === 'file');

  useEffect(() => {
    if (!hasFileQuestion) return;
    apiFetch<ResponseOf<'files.list'>>(`/api/files?request=${encodeURIComponent(requestId)}`)
      .then((r) => setFiles(r.files))
      .catch(() => setFailed(true));
  }, [requestId, hasFileQuestion]);

  if (!hasFileQuestion) return null;
  return (
    <>
      <h2 class="heading-m" id="attachments">
        {t('files:attachments.heading')}
      </h2>
      {failed ? (
        <p class="inset-text">{t('files:attachments.failed')}</p>
      ) : !files ? (
        <p class="loading">{t('common:loading')}</p>
      ) : files.length === 0 ? (
        <p>{t('files:attachments.none')}</p>
      ) : (
        // No tab stop: its widest cell, the checksum, wraps (`.attachments__hash`) to fit a narrow screen.
        <Table
          class="attachments"
          caption={t('files:attachments.caption')}
          captionHidden
          scrollRegion={false}
          rows={files}
          rowKey={(f) => f.id}
          columns={[
            {
              header: t('files:attachments.name'),
              cell: (f) => (
                <a href={`/api/files/${f.id}`} download={f.name} aria-label={t('files:attachments.downloadFile', { name: f.name })}>
                  {f.name}
                </a>
              ),
            },
            { header: t('files:attachments.size'), cellClass: 'attachments__size', cell: (f) => formatBytes(f.size, locale) },
            { header: t('files:attachments.sha256'), cell: (f) => <code class="attachments__hash">{f.sha256}</code> },
          ]}
        />
      )}
    </>
  );
}
