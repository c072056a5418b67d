import express from 'express';
import { api } from '../../domain/api';
import type { contractRouter } from '../http/contract';
import { FINAL_STATUSES } from '../../domain/lifecycle/request-status';
import { findUserById } from '../auth';
import { departmentNamer } from '../departments';
import { caseFilePdf } from '../documents';
import { listRequestFiles } from '../files';
import { HttpError } from '../http/api-error';
import { translator } from '../http/i18n';
import { messagesOf, PDF_MAX_BYTES, readAttachment, sendPdf, storeUpload, writeClerkMessage, type StoredMessage } from '../messages';
import { toDeviceDoc } from '../requests';
import type { Store } from '../store';
import { audit, departmentRequest } from './case-actions';

function forClerk(m: StoredMessage) {
  return { id: m._id, from: m.from, text: m.text, createdAt: m.createdAt, attachment: m.attachment ?? null };
}

/** The thread with the citizen, PDF attachments, and the case file, for the case's own department. */
export function addCaseMessageRoutes(route: ReturnType<typeof contractRouter>['route'], store: Store): void {
  route(api('clerk.messages'), async ({ params }, req, res) => {
    const doc = await departmentRequest(store, req, params.id);
    res.json({ messages: (await messagesOf(store, doc._id)).map(forClerk) });
  });

  route(
    api('clerk.uploadAttachment'),
    async ({ params, body }, req, res) => {
    const doc = await departmentRequest(store, req, params.id);
    if (FINAL_STATUSES.includes(doc.status)) throw new HttpError(409, 'invalid_transition', [{ field: 'status', code: 'archived' }]);
    if (!Buffer.isBuffer(body)) throw new HttpError(400, 'validation_failed', [{ field: 'attachment', code: 'notPdf' }]);
    let name = 'Dokument.pdf';
    try {
      name = decodeURIComponent(String(req.headers['x-file-name'] ?? name));
    } catch {
      // keep the default name: an undecodable header must not lose the upload
    }
    res.status(201).json({ upload: await storeUpload(store, doc, req.user!.id, name, body) });
    },
    express.raw({ type: 'application/pdf', limit: PDF_MAX_BYTES + 1 }),
  );

  route(api('clerk.sendMessage'), async ({ params, body }, req, res) => {
    const doc = await departmentRequest(store, req, params.id);
    if (FINAL_STATUSES.includes(doc.status)) throw new HttpError(409, 'invalid_transition', [{ field: 'status', code: 'archived' }]);
    const message = await writeClerkMessage(store, doc, req.user!, body.text, body.uploadId);
    await audit(store, req, 'message', doc, { message: message._id, ...(message.attachment ? { sha256: message.attachment.sha256 } : {}) });
    res.status(201).json({ message: forClerk(message) });
  });

  route(api('clerk.messageAttachment'), async ({ params }, req, res) => {
    const doc = await departmentRequest(store, req, params.id);
    const message = (await messagesOf(store, doc._id)).find((m) => m._id === params.messageId);
    if (!message?.attachment) throw new HttpError(404, 'not_found');
    await audit(store, req, 'downloadAttachment', doc, { message: message._id });
    sendPdf(res, message.attachment.name, await readAttachment(store, message));
  });

  route(api('clerk.caseFile'), async ({ params }, req, res) => {
    const doc = await departmentRequest(store, req, params.id);
    const [citizen, messages] = await Promise.all([findUserById(store, doc.owner), messagesOf(store, doc._id)]);
    const { _deleted, ...request } = toDeviceDoc(doc);
    // The department's records are kept in German, whatever language the clerk's browser prefers.
    const pdf = await caseFilePdf(translator('de'), 'de-DE', request, {
      citizen: citizen ? { name: citizen.name, email: citizen.email } : null,
      messages: messages.map((m) => ({ from: m.from, text: m.text, createdAt: m.createdAt, ...(m.attachment ? { attachment: m.attachment } : {}) })),
      files: (await listRequestFiles(store, doc._id)).map((f) => ({ id: f.id, name: f.name, sha256: f.sha256 })),
      createdAt: new Date().toISOString(),
      departmentName: await departmentNamer(store, 'de'),
    });
    await audit(store, req, 'exportCaseFile', doc);
    sendPdf(res, `Akte-${doc.reference ?? doc._id}.pdf`, pdf);
  });
}
