import { useEffect, useState } from 'preact/hooks';
import type { ServiceDefinition } from '../../../domain/catalogue/service-definition';
import { formatBytes } from '../../../domain/files/file-rules';
import { apiFetch } from '../../api/api-client';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';

interface Attachment {
  id: string;
  name: string;
  size: number;
  sha256: string;
  mediaType?: string;
}

/**
 * "Anhänge": the files a request was sent with, each to download (the server sends them as
 * attachments only, never shown inside the portal) with its SHA-256 for the records.
 */
export function Attachments({ requestId, service }: { requestId: string; service: ServiceDefinition | undefined }) {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  const [files, setFiles] = useState<Attachment[] | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const hasFileQuestion = !!service && Object.values(service.fields).some((f) => f.type === 'file');

  useEffect(() => {
    if (!hasFileQuestion) return;
    apiFetch<{ files: Attachment[] }>(`/api/files?request=${encodeURIComponent(requestId)}`)
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
        <div class="table-wrapper">
          <table class="table attachments">
            <caption class="table__caption visually-hidden">{t('files:attachments.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('files:attachments.name')}</th>
                <th scope="col">{t('files:attachments.size')}</th>
                <th scope="col">{t('files:attachments.sha256')}</th>
              </tr>
            </thead>
            <tbody>
              {files.map((f) => (
                <tr key={f.id}>
                  <td>
                    <a href={`/api/files/${f.id}`} download={f.name} aria-label={t('files:attachments.downloadFile', { name: f.name })}>
                      {f.name}
                    </a>
                  </td>
                  <td class="attachments__size">{formatBytes(f.size, locale)}</td>
                  <td>
                    <code class="attachments__hash">{f.sha256}</code>
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
