import { createHash, randomUUID } from 'node:crypto';
import { MESSAGE_TEXT_MAX } from '../../domain/messages/message-document';
import { HttpError } from '../http/api-error';
import type { StoredRequest } from '../requests';
import { getOrNull, type Store } from '../store';
import { ATTACHMENT_NAME, type StoredMessage } from './stored-message';

export const PDF_MAX_BYTES = 5 * 1024 * 1024;

/** The thread of one request, oldest first. */
export async function messagesOf(store: Store, requestId: string): Promise<StoredMessage[]> {
  const res = await store.messages.find({
    selector: { requestId, createdAt: { $gt: null } },
    sort: [{ requestId: 'asc' }, { createdAt: 'asc' }],
    limit: 5000,
    use_index: 'idx-by-request',
  } as never);
  return (res.docs as (StoredMessage & { deleted?: boolean })[]).filter((m) => m.type === 'message' && !m.deleted);
}

/** A PDF the clerk uploaded for a message not yet written; kept in the internal database meanwhile. */
export async function storeUpload(store: Store, request: StoredRequest, clerkId: string, name: string, body: Buffer) {
  if (body.length > PDF_MAX_BYTES) throw new HttpError(400, 'validation_failed', [{ field: 'attachment', code: 'tooLarge' }]);
  // The content decides, not the name: a PDF starts with "%PDF-".
  if (body.length < 5 || body.subarray(0, 5).toString('latin1') !== '%PDF-') {
    throw new HttpError(400, 'validation_failed', [{ field: 'attachment', code: 'notPdf' }]);
  }
  const safeName = (name.replace(/[\\/\r\n"]/g, '_').trim() || 'Dokument.pdf').slice(0, 200);
  const upload = {
    id: randomUUID(),
    name: /\.pdf$/i.test(safeName) ? safeName : `${safeName}.pdf`,
    size: body.length,
    sha256: createHash('sha256').update(body).digest('hex'),
  };
  await store.internal.insert({
    _id: `upload:${upload.id}`,
    type: 'upload',
    requestId: request._id,
    clerkId,
    name: upload.name,
    size: upload.size,
    sha256: upload.sha256,
    createdAt: new Date().toISOString(),
    _attachments: { [ATTACHMENT_NAME]: { content_type: 'application/pdf', data: body.toString('base64') } },
  });
  return upload;
}

/** Writes a clerk's message, with the uploaded PDF moved onto it; the device pulls it like any change. */
export async function writeClerkMessage(
  store: Store,
  request: StoredRequest,
  clerk: { id: string },
  text: unknown,
  uploadId?: unknown,
): Promise<StoredMessage> {
  const body = typeof text === 'string' ? text.trim() : '';
  if (!body) throw new HttpError(400, 'validation_failed', [{ field: 'text', code: 'required' }]);
  if (body.length > MESSAGE_TEXT_MAX) throw new HttpError(400, 'validation_failed', [{ field: 'text', code: 'tooLong' }]);
  const message: StoredMessage = {
    _id: randomUUID(),
    type: 'message',
    requestId: request._id,
    owner: request.owner,
    department: request.department!,
    from: 'clerk',
    text: body,
    createdAt: new Date().toISOString(),
    authorId: clerk.id,
  };
  let upload: (Record<string, any> & { _id: string; _rev: string }) | null = null;
  if (uploadId !== undefined && uploadId !== null && uploadId !== '') {
    upload = typeof uploadId === 'string' && uploadId.length <= 36 ? await getOrNull(store.internal, `upload:${uploadId}`) : null;
    if (!upload || upload.requestId !== request._id || upload.clerkId !== clerk.id) {
      throw new HttpError(400, 'validation_failed', [{ field: 'attachment', code: 'notPdf' }]);
    }
    const data = await store.internal.attachment.get(upload._id, ATTACHMENT_NAME);
    message.attachment = { name: upload.name, size: upload.size, sha256: upload.sha256 };
    message._attachments = { [ATTACHMENT_NAME]: { content_type: 'application/pdf', data: Buffer.from(data).toString('base64') } };
  }
  const written = await store.messages.insert(message as never);
  if (upload) await store.internal.destroy(upload._id, upload._rev).catch(() => undefined);
  const { _attachments, ...rest } = message;
  return { ...rest, _rev: written.rev };
}

/** The PDF of a message, checked against the hash recorded when it was stored. */
export async function readAttachment(store: Store, message: StoredMessage): Promise<Buffer> {
  if (!message.attachment) throw new HttpError(404, 'not_found');
  const data = Buffer.from(await store.messages.attachment.get(message._id, ATTACHMENT_NAME));
  if (createHash('sha256').update(data).digest('hex') !== message.attachment.sha256) throw new Error(`attachment of message ${message._id} fails its hash check`);
  return data;
}
