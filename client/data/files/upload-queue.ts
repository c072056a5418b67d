import { CHUNK_BYTES, chunkCount } from '../../../domain/files/file-rules';
import { ApiRequestError, NetworkError } from '../../api/api-client';
import { announceUpload, completeUpload, deleteUpload, sendPiece, type UploadStatus } from './file-api';
import { serverReachable } from '../sync-state';
import { allFiles, fileStoreVersion, readBlob, removeFile, updateFile, type DeviceFile } from './file-store';

/**
 * Uploads the files chosen on this device and carries out removals, whenever there is a
 * connection. Only one tab per person does it (a Web Lock, like a leader election: the lock
 * passes to another tab when this one closes), so no piece is sent twice at the same time.
 * Every break — offline, server down, tab closed — is resumed from the pieces the server has.
 */

const MAX_BACKOFF_MS = 60_000;

interface Queue {
  stopped: boolean;
  wake(): void;
  abort: AbortController;
}

let queue: Queue | undefined;

/** A failure worth trying again later (no connection, server trouble, a busy upload). */
function isTransient(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  if (!(error instanceof ApiRequestError)) return true;
  return error.status >= 500 || error.status === 401 || error.status === 408 || error.status === 429 || ['chunks_missing', 'busy'].includes(error.body.error);
}

/** The reason the server gave for refusing a file, as a `files:problems.*` code. */
function refusalCode(error: unknown): string {
  const code = error instanceof ApiRequestError ? error.body.problems?.[0]?.code : undefined;
  return code && ['tooLarge', 'wrongType', 'hashMismatch'].includes(code) ? code : 'refused';
}

const isDeleting = (f: DeviceFile) => f.state === 'deleting';

async function settle(file: DeviceFile, status: UploadStatus): Promise<boolean> {
  if (status.file.state === 'complete') {
    await updateFile(file.id, { state: 'uploaded', sentBytes: file.size }, isDeleting);
    return true;
  }
  if (status.file.state === 'refused') {
    await updateFile(file.id, { state: 'refused', refusedCode: status.file.refusedCode ?? 'refused' }, isDeleting);
    return true;
  }
  return false;
}

async function upload(file: DeviceFile, q: Queue): Promise<void> {
  if (!(await updateFile(file.id, { state: 'uploading' }, isDeleting))) return;
  const status = await announceUpload(file);
  if (await settle(file, status)) return;
  const blob = await readBlob(file.id);
  if (!blob) {
    await updateFile(file.id, { state: 'refused', refusedCode: 'refused' }, isDeleting);
    return;
  }
  const received = new Set(status.receivedChunks);
  let sent = Math.min(file.size, received.size * CHUNK_BYTES);
  await updateFile(file.id, { sentBytes: sent }, isDeleting);
  for (let n = 0; n < chunkCount(file.size); n++) {
    if (received.has(n)) continue;
    if (q.stopped) return;
    const piece = blob.slice(n * CHUNK_BYTES, (n + 1) * CHUNK_BYTES);
    await sendPiece(file.id, n, piece, q.abort.signal);
    sent += piece.size;
    // The citizen removed it meanwhile: stop sending; the removal follows in the next round.
    if (!(await updateFile(file.id, { sentBytes: sent }, isDeleting))) return;
  }
  await settle(file, await completeUpload(file.id));
}

async function remove(file: DeviceFile): Promise<void> {
  try {
    await deleteUpload(file.id);
  } catch (error) {
    // Already sent with its request (409) or never known (404): nothing to remove on the server.
    if (!(error instanceof ApiRequestError) || isTransient(error)) throw error;
  }
  await removeFile(file.id);
}

/** Waits for the time given, the connection coming back, or any change to the file store (also from another tab). */
function sleep(q: Queue, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = ms === Infinity ? undefined : setTimeout(done, ms);
    const seen = fileStoreVersion.peek();
    const unsubscribe = fileStoreVersion.subscribe((v) => {
      if (v !== seen) done();
    });
    function done() {
      clearTimeout(timer);
      unsubscribe?.();
      window.removeEventListener('online', done);
      q.wake = () => undefined;
      resolve();
    }
    q.wake = done;
    window.addEventListener('online', done);
  });
}

async function run(q: Queue): Promise<void> {
  let failures = 0;
  while (!q.stopped) {
    const work = (await allFiles().catch(() => [] as DeviceFile[])).filter((f) => ['stored', 'uploading', 'deleting'].includes(f.state));
    if (!work.length || navigator.onLine === false) {
      await sleep(q, Infinity);
      continue;
    }
    let retryLater = false;
    for (const file of work) {
      if (q.stopped) return;
      try {
        if (file.state === 'deleting') await remove(file);
        else await upload(file, q);
        serverReachable.value = true;
      } catch (error) {
        if (q.stopped) return;
        if (isTransient(error)) {
          if (error instanceof NetworkError) serverReachable.value = false;
          // Back to "kept on the device": the pieces sent so far stay on the server for the resume.
          await updateFile(file.id, { state: 'stored' }, (f) => f.state !== 'uploading').catch(() => undefined);
          retryLater = true;
          break;
        }
        await updateFile(file.id, { state: 'refused', refusedCode: refusalCode(error) }, isDeleting).catch(() => undefined);
      }
    }
    if (retryLater) {
      failures++;
      await sleep(q, Math.min(MAX_BACKOFF_MS, 2000 * 2 ** (failures - 1)));
    } else failures = 0;
  }
}

/** Starts the queue for the signed-in person (`key`: their database name). */
export function startUploadQueue(key: string): void {
  if (queue) return;
  const q: Queue = { stopped: false, wake: () => undefined, abort: new AbortController() };
  queue = q;
  const work = () => run(q).catch((error: unknown) => console.error('Upload queue stopped', error));
  if (typeof navigator !== 'undefined' && navigator.locks) {
    navigator.locks.request(`bp-file-uploads:${key}`, { signal: q.abort.signal }, work).catch(() => undefined);
  } else void work();
}

export function stopUploadQueue(): void {
  if (!queue) return;
  queue.stopped = true;
  queue.abort.abort();
  queue.wake();
  queue = undefined;
}

/** Something to do: a file was chosen or removed, or a push waits for uploads. */
export function kickUploads(): void {
  queue?.wake();
}
