import type { Router } from 'express';
import { api } from '../../domain/api';
import { contractRouter } from '../http/contract';
import { requireCitizen } from './require-citizen';
import { HttpError } from '../http/api-error';
import { DOCUMENT_LOCALES, documentLanguage, requestLanguage, translator } from '../http/i18n';
import { sendPdf } from '../messages';
import { toDeviceDoc, type StoredRequest } from '../requests';
import { getOrNull, type Store } from '../store';
import { listRequestFiles } from '../files';
import { departmentNamer } from '../departments';
import { receiptPdf } from './receipt-pdf';

/** `/api/requests/:id/receipt.pdf`: the citizen's acknowledgment of receipt, once the city holds the request. */
export function receiptRoutes(store: Store): Router {
  const { router, route } = contractRouter('/api/requests');
  route(api('documents.receipt'), async ({ params }, req, res) => {
    requireCitizen(req);
    const doc = await getOrNull<StoredRequest>(store.requests, params.id);
    if (!doc || doc.type !== 'request' || doc.deleted || doc.owner !== req.user!.id || !doc.receivedAt || !doc.reference) {
      throw new HttpError(404, 'not_found');
    }
    const language = documentLanguage(requestLanguage(req));
    const { _deleted, ...request } = toDeviceDoc(doc);
    const files = (await listRequestFiles(store, doc._id)).map((f) => ({ id: f.id, name: f.name, sha256: f.sha256 }));
    const pdf = await receiptPdf(translator(language), DOCUMENT_LOCALES[language], request, files, await departmentNamer(store, language));
    sendPdf(res, `Eingangsbestaetigung-${doc.reference}.pdf`, pdf);
  });
  return router;
}
