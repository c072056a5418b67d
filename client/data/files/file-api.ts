import type { ResponseOf, UploadStatus } from '../../../domain/api';
import { ApiRequestError, NetworkError, apiFetch } from '../../api/api-client';
import type { DeviceFile } from './file-store';

/** What the server says about an upload: where it stands, so the device sends only the missing pieces. */
export type { UploadStatus };

function language(): string {
  return (typeof document !== 'undefined' && document.documentElement.lang) || 'de';
}

/** Creates the upload, or learns where it stands (the same call: the resume step). */
export function announceUpload(file: DeviceFile): Promise<UploadStatus> {
  return apiFetch<ResponseOf<'files.create'>>(`/api/files/${file.id}`, {
    method: 'PUT',
    body: {
      requestId: file.requestId,
      serviceId: file.serviceId,
      catalogueVersion: file.catalogueVersion,
      fieldId: file.fieldId,
      name: file.name,
      size: file.size,
      sha256: file.sha256,
    },
  });
}

/** One piece as raw bytes; errors are thrown like apiFetch's, so callers handle one kind. */
export async function sendPiece(id: string, n: number, piece: Blob, signal?: AbortSignal): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`/api/files/${id}/chunks/${n}`, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/octet-stream', Accept: 'application/json', 'Accept-Language': language() },
      body: piece,
      cache: 'no-store',
      signal,
    });
  } catch (cause) {
    throw new NetworkError(cause);
  }
  const body = await response.json().catch(() => ({ error: `http_${response.status}`, message: '' }));
  if (!response.ok) throw new ApiRequestError(response.status, body);
}

export function completeUpload(id: string): Promise<UploadStatus> {
  return apiFetch<ResponseOf<'files.complete'>>(`/api/files/${id}/complete`, { body: {} });
}

export function deleteUpload(id: string): Promise<void> {
  return apiFetch<void>(`/api/files/${id}`, { method: 'DELETE', body: {} });
}
