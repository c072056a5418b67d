import { createHash } from 'node:crypto';
import { findService, type FileField } from '../../domain/catalogue';
import { acceptsType, chunkCount, chunkLength, CHUNK_BYTES, FILE_ID, formatBytes, MAX_NAME_LENGTH, maxBytesOf, SHA256_HEX } from '../../domain/files/file-rules';
import { getOrNull, isConflict, type Store } from '../store';
import type { StoredRequest } from '../requests';
import { detectMediaType } from './detect-type';
import { FileApiError } from './file-api-error';
import type { ChunkReceipt, UploadStatus } from '../../domain/api';
import { CONTENT_ATTACHMENT, chunkDocId, chunkRange, summarize, type StoredFile } from './file-record';

/**
 * Uploading, chosen as pieces plus a final "complete" step (not one whole-file PUT): phones send
 * photos of several MB over flaky mobile connections, and a whole-file PUT broken off at 90 %
 * starts again from nothing. Here every piece is its own idempotent PUT; after a break the device
 * asks which pieces arrived (creating again with the same id and hash is harmless and answers
 * that) and sends only the rest. "complete" assembles, checks size, hash and type from the
 * content, and stores the file as one attachment; it too may be repeated.
 */
export type { ChunkReceipt, UploadStatus };

/** What a device announces about a file before sending its pieces. */
export type NewUpload = Pick<StoredFile, 'requestId' | 'serviceId' | 'catalogueVersion' | 'fieldId' | 'name' | 'size' | 'sha256'>;

/** Citizens may add files while they may change the answers. */
const EDITABLE = ['draft', 'needs_info'];

function fileFieldOf(serviceId: string, version: number, fieldId: string): FileField {
  const service = findService(serviceId, version);
  const field = service?.fields[fieldId];
  if (!field || field.type !== 'file') throw new FileApiError(400, 'unknown_field');
  return field;
}

function checkNewUpload(body: Partial<NewUpload>): NewUpload {
  const ok =
    typeof body.requestId === 'string' && FILE_ID.test(body.requestId) &&
    typeof body.serviceId === 'string' &&
    Number.isInteger(body.catalogueVersion) &&
    typeof body.fieldId === 'string' &&
    typeof body.name === 'string' && body.name.length > 0 && body.name.length <= MAX_NAME_LENGTH && !/[\u0000-\u001f\u007f]/.test(body.name) &&
    Number.isInteger(body.size) && (body.size as number) > 0 &&
    typeof body.sha256 === 'string' && SHA256_HEX.test(body.sha256);
  if (!ok) throw new FileApiError(400, 'invalid_upload');
  return body as NewUpload;
}

async function receivedChunks(store: Store, fileId: string): Promise<number[]> {
  const list = await store.files.list(chunkRange(fileId));
  return list.rows.map((r: { id: string }) => Number(r.id.slice(r.id.lastIndexOf(':') + 1)));
}

async function statusOf(store: Store, file: StoredFile): Promise<UploadStatus> {
  const received = file.state === 'uploading' ? await receivedChunks(store, file._id) : [];
  return { file: summarize(file), receivedChunks: received, chunkBytes: CHUNK_BYTES };
}

/** The caller's file, or "not found" — another person's file id reveals nothing. */
export async function ownFile(store: Store, owner: string, id: string): Promise<StoredFile> {
  const file = FILE_ID.test(id) ? await getOrNull<StoredFile>(store.files, id) : null;
  if (!file || file.type !== 'file' || file.owner !== owner) throw new FileApiError(404, 'not_found');
  return file;
}

/** Creates the upload, or, for the same id and hash, answers where it stands (the resume step). */
export async function createUpload(store: Store, owner: string, id: string, raw: Partial<NewUpload>): Promise<UploadStatus> {
  if (!FILE_ID.test(id)) throw new FileApiError(400, 'invalid_upload');
  const body = checkNewUpload(raw);
  const field = fileFieldOf(body.serviceId, body.catalogueVersion, body.fieldId);
  const max = maxBytesOf(field);
  if (body.size > max) throw new FileApiError(413, 'file_too_large', { field: body.fieldId, code: 'tooLarge', params: { max: formatBytes(max) } });
  const request = await getOrNull<StoredRequest>(store.requests, body.requestId);
  // A request the server hasn't seen yet is a draft still on the device: fine.
  if (request && (request.type !== 'request' || request.owner !== owner || request.serviceId !== body.serviceId)) throw new FileApiError(404, 'not_found');
  if (request && !EDITABLE.includes(request.status)) throw new FileApiError(409, 'request_locked');

  for (let attempt = 0; attempt < 3; attempt++) {
    const existing = await getOrNull<StoredFile>(store.files, id);
    if (existing) {
      if (existing.type !== 'file' || existing.owner !== owner) throw new FileApiError(409, 'id_taken');
      if (existing.sha256 !== body.sha256 || existing.size !== body.size) throw new FileApiError(409, 'hash_differs');
      return statusOf(store, existing);
    }
    // The server's own fields last: nothing sent can overwrite them.
    const file: StoredFile = { ...body, _id: id, type: 'file', owner, state: 'uploading', createdAt: new Date().toISOString() };
    try {
      await store.files.insert(file as never);
      return statusOf(store, file);
    } catch (err) {
      // Two tries of the same upload raced: look again at what won.
      if (!isConflict(err)) throw err;
    }
  }
  throw new FileApiError(409, 'id_taken');
}

/** Stores piece `n`; sending a piece again overwrites it (the last complete PUT counts). */
export async function putChunk(store: Store, owner: string, id: string, n: number, data: Buffer): Promise<ChunkReceipt> {
  const file = await ownFile(store, owner, id);
  if (file.state === 'complete') return { id, chunk: n, state: file.state };
  if (file.state === 'refused') throw new FileApiError(409, 'file_refused', { field: file.fieldId, code: file.refusedCode ?? 'refused' });
  if (!Number.isInteger(n) || n < 0 || n >= chunkCount(file.size)) throw new FileApiError(400, 'invalid_chunk');
  if (!Buffer.isBuffer(data) || data.length !== chunkLength(file.size, n)) throw new FileApiError(400, 'invalid_chunk');
  const docId = chunkDocId(id, n);
  // Written blind first (the usual case: a new piece); a piece sent again needs its _rev.
  let rev: string | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await store.files.attachment.insert(docId, 'data', data, 'application/octet-stream', rev ? { rev } : {});
      return { id, chunk: n, state: file.state };
    } catch (err) {
      if (!isConflict(err)) throw err;
      rev = (await getOrNull<{ _rev: string }>(store.files, docId))?._rev;
    }
  }
  throw new FileApiError(409, 'busy');
}

async function removeChunks(store: Store, id: string): Promise<void> {
  const list = await store.files.list(chunkRange(id));
  if (!list.rows.length) return;
  await store.files.bulk({ docs: list.rows.map((r: { id: string; value: { rev: string } }) => ({ _id: r.id, _rev: r.value.rev, _deleted: true })) });
}

async function refuse(store: Store, file: StoredFile, code: string, params?: Record<string, string | number>): Promise<never> {
  try {
    await store.files.insert({ ...file, state: 'refused', refusedCode: code } as never);
  } catch (err) {
    if (!isConflict(err)) throw err;
  }
  await removeChunks(store, file._id);
  throw new FileApiError(422, 'file_refused', { field: file.fieldId, code, params });
}

/**
 * Assembles the pieces and decides: the size and SHA-256 the device declared, and the type found
 * in the content (a script named foto.jpg is refused). Safe to repeat after a broken answer.
 */
export async function completeUpload(store: Store, owner: string, id: string): Promise<UploadStatus> {
  const file = await ownFile(store, owner, id);
  if (file.state === 'complete') return statusOf(store, file);
  if (file.state === 'refused') throw new FileApiError(422, 'file_refused', { field: file.fieldId, code: file.refusedCode ?? 'refused' });
  const count = chunkCount(file.size);
  const received = new Set(await receivedChunks(store, id));
  const missing = Array.from({ length: count }, (_, n) => n).filter((n) => !received.has(n));
  if (missing.length) throw new FileApiError(409, 'chunks_missing');

  // Hashed piece by piece as they arrive: one 20 MB hash in one go would hold up everyone else.
  const parts: Buffer[] = [];
  const hash = createHash('sha256');
  for (let n = 0; n < count; n++) {
    const part: Buffer = await store.files.attachment.get(chunkDocId(id, n), 'data');
    hash.update(part);
    parts.push(part);
  }
  const content = Buffer.concat(parts);
  if (content.length !== file.size || hash.digest('hex') !== file.sha256) return refuse(store, file, 'hashMismatch');
  const field = fileFieldOf(file.serviceId, file.catalogueVersion, file.fieldId);
  const detected = detectMediaType(content);
  if (!acceptsType(field, detected)) return refuse(store, file, 'wrongType');

  try {
    await store.files.attachment.insert(id, CONTENT_ATTACHMENT, content, detected!, { rev: file._rev });
    // Re-read: the document now carries the attachment stub, which an update must keep.
    const withContent = await store.files.get(id);
    const done: StoredFile = { ...withContent, state: 'complete', mediaType: detected, completedAt: new Date().toISOString() };
    await store.files.insert(done as never);
    await removeChunks(store, id);
    return statusOf(store, done);
  } catch (err) {
    if (!isConflict(err)) throw err;
    // Another "complete" of the same upload is under way or done: report where it stands.
    return statusOf(store, await ownFile(store, owner, id));
  }
}

export async function uploadStatus(store: Store, owner: string, id: string): Promise<UploadStatus> {
  return statusOf(store, await ownFile(store, owner, id));
}
