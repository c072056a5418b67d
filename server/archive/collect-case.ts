import { createHash } from 'node:crypto';
import { findUserById } from '../auth';
import { caseFilePdf } from '../documents';
import { messagesOf } from '../messages';
import { serviceTitle } from '../documents/request-texts';
import { departmentNamer } from '../departments';
import { listRequestFiles } from '../files';
import { readVerifiedContent } from '../files/request-files';
import type { StoredFile } from '../files';
import { translator } from '../http/i18n';
import { toDeviceDoc, type StoredRequest } from '../requests';
import { getOrNull, type Store } from '../store';
import { closedAt } from './retention';
import { aussonderungPackage } from './xdomea-package';

/**
 * Gathers a closed case for the archive and packs it: the case file as PDF/A (German, the
 * records' language) and every file the citizen uploaded, as sent (checked against its SHA-256
 * on the way out).
 */
export async function packCase(store: Store, requestId: string, now = new Date(), processId?: string) {
  const request = await getOrNull<StoredRequest>(store.requests, requestId);
  if (!request || request.type !== 'request' || request.deleted) return undefined;
  const t = translator('de');
  const { _deleted, ...device } = toDeviceDoc(request);
  const [summaries, citizen, messages] = await Promise.all([listRequestFiles(store, requestId), findUserById(store, request.owner), messagesOf(store, requestId)]);
  const caseFile = await caseFilePdf(t, 'de-DE', device, {
    citizen: citizen ? { name: citizen.name, email: citizen.email } : null,
    messages: messages.map((m) => ({ from: m.from, text: m.text, createdAt: m.createdAt, ...(m.attachment ? { attachment: m.attachment } : {}) })),
    files: summaries.map((f) => ({ id: f.id, name: f.name, sha256: f.sha256 })),
    createdAt: now.toISOString(),
    departmentName: await departmentNamer(store, 'de'),
  });
  const uploads = [];
  for (const summary of summaries) {
    const file = await getOrNull<StoredFile>(store.files, summary.id);
    if (!file) continue;
    uploads.push({ id: file._id, title: file.name, name: file.name, mediaType: file.mediaType ?? 'application/octet-stream', sha256: file.sha256, content: new Uint8Array(await readVerifiedContent(store, file)) });
  }
  const caseDoc = {
    id: `${request._id}-akte`,
    title: `Akte ${request.reference ?? ''}`.trim(),
    name: `Akte-${request.reference ?? request._id}.pdf`,
    mediaType: 'application/pdf',
    formatVersion: 'PDF/A-2b',
    sha256: createHash('sha256').update(caseFile).digest('hex'),
    content: caseFile,
  };
  return aussonderungPackage({ request, serviceTitle: serviceTitle(t, request.serviceId), closedOn: closedAt(request).slice(0, 10), documents: [caseDoc, ...uploads], now, ...(processId ? { processId } : {}) });
}
