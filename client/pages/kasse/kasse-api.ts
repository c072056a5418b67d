import { ApiRequestError, NetworkError } from '../../api/api-client';
import { sessionFetch } from '../../session/session-fetch';
import { handleUnauthenticated } from '../../session/session';
import type { BodyOf, EndpointById, ImportResult, ResponseOf } from '../../../domain/api';

export type { ImportRecord, ImportResult, StatementLine } from '../../../domain/api';

export function closeLine(lineId: string, note: string): Promise<ResponseOf<'kasse.closeLine'>> {
  const body: BodyOf<EndpointById<'kasse.closeLine'>> = { note };
  return sessionFetch<ResponseOf<'kasse.closeLine'>>(`/api/kasse/zeilen/${encodeURIComponent(lineId)}/erledigt`, { body });
}

export function fetchImports(): Promise<ResponseOf<'kasse.imports'>> {
  return sessionFetch<ResponseOf<'kasse.imports'>>('/api/kasse/kontoauszuege');
}

/**
 * Sends the statement file as it is (`application/xml`). XMLHttpRequest rather than fetch,
 * because only it reports upload progress for the progress bar.
 */
export function uploadStatement(file: File, onProgress: (fraction: number) => void): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/kasse/kontoauszuege');
    xhr.setRequestHeader('Content-Type', 'application/xml');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', document.documentElement.lang || 'de');
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new NetworkError(new Error('upload failed')));
    xhr.onload = () => {
      let body: any;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = { error: `http_${xhr.status}`, message: '' };
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as ImportResult);
      if (xhr.status === 401) handleUnauthenticated();
      reject(new ApiRequestError(xhr.status, body));
    };
    xhr.send(file);
  });
}
