import { FILE_ID } from '../../../domain/files/file-rules';
import type { RequestDoc } from '../../../domain/request/request-document';
import { fileStoreOpen, getFiles } from './file-store';
import { kickUploads } from './upload-queue';

/** Ids of files named in a request's answers (file questions hold lists of file ids). */
function fileIdsIn(answers: RequestDoc['answers']): string[] {
  return Object.values(answers).flatMap((v) => (Array.isArray(v) ? v.filter((x) => FILE_ID.test(x)) : []));
}

async function stillUploading(ids: string[]): Promise<boolean> {
  return (await getFiles(ids)).some((f) => f.state === 'stored' || f.state === 'uploading');
}

/**
 * Holds back a push that sends requests as `submitted` while files they name are still only on
 * this device: the server would send such a request back. Waits a while for the upload queue,
 * then throws, so the replication tries again later. A refused file does not hold anything
 * back (the server's answer then names the question).
 */
export async function waitForUploads(docs: readonly Pick<RequestDoc, 'status' | 'answers'>[], timeoutMs = 20_000): Promise<void> {
  if (!fileStoreOpen()) return;
  const ids = docs.filter((d) => d.status === 'submitted').flatMap((d) => fileIdsIn(d.answers));
  if (!ids.length || !(await stillUploading(ids))) return;
  kickUploads();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 300));
    if (!(await stillUploading(ids))) return;
  }
  throw new Error('Files of a sent request are not uploaded yet');
}
