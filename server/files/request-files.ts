import { findService, type Answers } from '../../domain/catalogue';
import { FILE_ID } from '../../domain/files/file-rules';
import { relevantAnswers, type FieldError } from '../../domain/validation/validate-answers';
import { getOrNull, isNotFound, type Store } from '../store';
import type { StoredRequest } from '../requests';
import { FileApiError } from './file-api-error';
import { CONTENT_ATTACHMENT, chunkRange, sha256Hex, summarize, type FileSummary, type StoredFile } from './file-record';

/** Every file id the answers hold, per question (only questions of type `file`). */
function fileAnswers(request: Pick<StoredRequest, 'serviceId' | 'catalogueVersion' | 'answers'>): Map<string, string[]> {
  const service = findService(request.serviceId, request.catalogueVersion);
  const found = new Map<string, string[]>();
  if (!service) return found;
  for (const [fieldId, value] of Object.entries(relevantAnswers(service, request.answers as Answers))) {
    if (service.fields[fieldId]?.type === 'file' && Array.isArray(value)) found.set(fieldId, value.filter((v) => FILE_ID.test(v)));
  }
  return found;
}

function referencedIds(request: Pick<StoredRequest, 'serviceId' | 'catalogueVersion' | 'answers'>): Set<string> {
  return new Set([...fileAnswers(request).values()].flat());
}

async function filesOfRequest(store: Store, requestId: string): Promise<StoredFile[]> {
  const found = await store.files.find({ selector: { requestId }, limit: 500, use_index: 'idx-by-request' } as never);
  return (found.docs as StoredFile[]).filter((d) => d.type === 'file');
}

/**
 * The files a request's answers name, as sent for review: complete, the request's owner's, in
 * their question, in the order of the answers. For the clerk's list and the receipt (SHA-256).
 */
export async function listRequestFiles(store: Store, requestId: string): Promise<FileSummary[]> {
  const request = await getOrNull<StoredRequest>(store.requests, requestId);
  if (!request || request.type !== 'request') return [];
  const files = new Map((await filesOfRequest(store, requestId)).map((f) => [f._id, f]));
  const listed: FileSummary[] = [];
  for (const [fieldId, ids] of fileAnswers(request)) {
    for (const id of ids) {
      const file = files.get(id);
      if (file && file.state === 'complete' && file.owner === request.owner && file.fieldId === fieldId) listed.push(summarize(file));
    }
  }
  return listed;
}

/** The owner's files of one request, whatever their state (the device's view). */
export async function ownerRequestFiles(store: Store, owner: string, requestId: string): Promise<FileSummary[]> {
  return (await filesOfRequest(store, requestId)).filter((f) => f.owner === owner).map(summarize);
}

/**
 * Deletes every file of a request for good, pieces included (retention job, account deletion).
 * Returns how many files went.
 */
export async function deleteRequestFiles(store: Store, requestId: string): Promise<number> {
  const files = await filesOfRequest(store, requestId);
  for (const file of files) await removeFile(store, file);
  return files.length;
}

/** Deletes every file a person uploaded, whatever request it was for (account deletion). */
export async function deleteOwnerFiles(store: Store, owner: string): Promise<number> {
  let count = 0;
  for (;;) {
    const found = await store.files.find({ selector: { owner }, limit: 200, use_index: 'idx-by-file-owner' } as never);
    const files = (found.docs as StoredFile[]).filter((d) => d.type === 'file');
    for (const file of files) await removeFile(store, file);
    count += files.length;
    if (found.docs.length < 200) return count;
  }
}

/** Uploads never finished, and refused ones, are kept this long for the device to resume or learn why. */
export const ABANDONED_AFTER_MS = 7 * 86_400_000;

/**
 * Deletes uploads left unfinished or refused for longer than `maxAgeMs` (a device that never came
 * back): their pieces are personal data nobody will ever read. Returns how many went.
 */
export async function sweepAbandonedUploads(store: Store, now = new Date(), maxAgeMs = ABANDONED_AFTER_MS): Promise<number> {
  const before = new Date(now.getTime() - maxAgeMs).toISOString();
  let count = 0;
  for (const state of ['uploading', 'refused'] as const) {
    const found = await store.files.find({ selector: { state, createdAt: { $lt: before } }, limit: 500, use_index: 'idx-by-file-state' } as never);
    for (const file of found.docs as StoredFile[]) {
      if (file.type !== 'file') continue;
      await removeFile(store, file);
      count++;
    }
  }
  return count;
}

export async function removeFile(store: Store, file: StoredFile): Promise<void> {
  const chunks = await store.files.list(chunkRange(file._id));
  const docs = [
    ...chunks.rows.map((r: { id: string; value: { rev: string } }) => ({ _id: r.id, _rev: r.value.rev, _deleted: true })),
    { _id: file._id, _rev: file._rev, _deleted: true },
  ];
  await store.files.bulk({ docs });
}

/**
 * Problems that keep a submitted request from being routed: every file its answers name must
 * exist, be complete, belong to the request's owner, and have been uploaded for this request
 * and question. Errors use the code `notUploaded` at the question.
 */
export async function findFileProblems(store: Store, request: StoredRequest): Promise<FieldError[]> {
  const byField = fileAnswers(request);
  const ids = [...byField.values()].flat();
  if (!ids.length) return [];
  const fetched = await store.files.fetch({ keys: ids });
  const files = new Map<string, StoredFile>();
  for (const row of fetched.rows) if ('doc' in row && row.doc) files.set(row.id, row.doc as StoredFile);
  const problems: FieldError[] = [];
  for (const [fieldId, fieldIds] of byField) {
    const ok = fieldIds.every((id) => {
      const f = files.get(id);
      return f && f.type === 'file' && f.state === 'complete' && f.owner === request.owner && f.requestId === request._id && f.fieldId === fieldId;
    });
    if (!ok) problems.push({ field: fieldId, code: 'notUploaded' });
  }
  return problems;
}

/**
 * May this person read this file? Its owner always; a clerk only when the file is named in the
 * answers of a request of the clerk's own department, made by the file's owner.
 */
export async function mayRead(store: Store, user: { id: string; role: string; department?: string }, file: StoredFile): Promise<boolean> {
  if (file.owner === user.id) return true;
  if (user.role !== 'clerk' || !user.department) return false;
  const request = await getOrNull<StoredRequest>(store.requests, file.requestId);
  return !!request && request.type === 'request' && request.department === user.department && request.owner === file.owner && referencedIds(request).has(file._id);
}

/** A clerk's view of a request's files: only for requests of their department. */
export async function clerkRequestFiles(store: Store, department: string, requestId: string): Promise<FileSummary[]> {
  const request = await getOrNull<StoredRequest>(store.requests, requestId);
  if (!request || request.type !== 'request' || request.department !== department) throw new FileApiError(404, 'not_found');
  return listRequestFiles(store, requestId);
}

/**
 * The bytes of a complete file, checked against the SHA-256 taken at upload: content that no
 * longer matches (damaged or altered in the store) is never handed out.
 */
export async function readVerifiedContent(store: Store, file: StoredFile): Promise<Buffer> {
  let content: Buffer;
  try {
    content = await store.files.attachment.get(file._id, CONTENT_ATTACHMENT);
  } catch (err) {
    if (isNotFound(err)) throw new FileApiError(500, 'file_damaged');
    throw err;
  }
  if (content.length !== file.size || sha256Hex(content) !== file.sha256) throw new FileApiError(500, 'file_damaged');
  return content;
}
