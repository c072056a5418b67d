import { createHash } from 'node:crypto';
import type { FileSummary } from '../../domain/api';

/**
 * One uploaded file as the `files` database keeps it: the metadata document, whose attachment
 * `content` holds the bytes once the upload is complete. The pieces of an upload in progress are
 * documents of their own (`chunkDocId`), so sending one never contends with another for `_rev`.
 */
export interface StoredFile {
  _id: string;
  _rev?: string;
  type: 'file';
  owner: string;
  requestId: string;
  serviceId: string;
  catalogueVersion: number;
  fieldId: string;
  name: string;
  size: number;
  /** SHA-256 (hex) the device computed before sending; the assembled content must match it. */
  sha256: string;
  state: 'uploading' | 'complete' | 'refused';
  /** Found in the content (file-type), never taken from the name or the browser. */
  mediaType?: string;
  refusedCode?: string;
  createdAt: string;
  completedAt?: string;
  _attachments?: Record<string, unknown>;
}

export const CONTENT_ATTACHMENT = 'content';

export function chunkDocId(fileId: string, n: number): string {
  // Zero-padded, so the pieces sort in order in _all_docs.
  return `chunk:${fileId}:${String(n).padStart(6, '0')}`;
}

export function chunkRange(fileId: string): { startkey: string; endkey: string } {
  return { startkey: `chunk:${fileId}:`, endkey: `chunk:${fileId}:\ufff0` };
}

export function sha256Hex(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** What the device and the clerk page see of a file: the contract's answer. */
export type { FileSummary };

export function summarize(file: StoredFile): FileSummary {
  return {
    id: file._id,
    requestId: file.requestId,
    fieldId: file.fieldId,
    name: file.name,
    size: file.size,
    sha256: file.sha256,
    state: file.state,
    ...(file.mediaType ? { mediaType: file.mediaType } : {}),
    ...(file.refusedCode ? { refusedCode: file.refusedCode } : {}),
  };
}
