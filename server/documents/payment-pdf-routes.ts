import type { Router } from 'express';
import { api } from '../../domain/api';
import { contractRouter } from '../http/contract';
import { requireCitizen } from './require-citizen';
import { HttpError } from '../http/api-error';
import { DOCUMENT_LOCALES, documentLanguage, requestLanguage, translator } from '../http/i18n';
import { sendPdf } from '../messages';
import { toDeviceDoc, type StoredRequest } from '../requests';
import { getOrNull, type Store } from '../store';
import { giroCodePayload } from '../../domain/payments/girocode';
import type { CreditorAccount } from '../payments';
import { invoicePdf, paymentReceiptPdf } from './payment-pdfs';

// PDFs for Turkish, Ukrainian and Arabic readers are English: the standard PDF fonts are WinAnsi only (http/i18n.ts).

/**
 * `/api/requests/:id/invoice.pdf` (while a fee is owed, and after, for the records) and
 * `/api/requests/:id/payment-receipt.pdf` (once paid): for the citizen who owns the request only.
 * (`receipt.pdf` is the Eingangsbestätigung already.)
 */
export function paymentPdfRoutes(store: Store, creditor: CreditorAccount): Router {
  const { router, route } = contractRouter('/api/requests');
  const owned = async (id: string, owner: string) => {
    const doc = await getOrNull<StoredRequest>(store.requests, id);
    if (!doc || doc.type !== 'request' || doc.deleted || doc.owner !== owner || !doc.reference || !doc.payment) {
      throw new HttpError(404, 'not_found');
    }
    return doc as StoredRequest & { reference: string; payment: NonNullable<StoredRequest['payment']> };
  };
  route(api('documents.invoice'), async ({ params }, req, res) => {
    requireCitizen(req);
    const doc = await owned(params.id, req.user!.id);
    const language = documentLanguage(requestLanguage(req));
    const { _deleted, ...request } = toDeviceDoc(doc);
    const { name, iban, bic } = creditor;
    const girocode =
      doc.payment.state === 'paid'
        ? ''
        : giroCodePayload({ name, iban, bic, amountCents: doc.payment.amountCents, creditorReference: doc.payment.creditorReference });
    const account = { creditorName: name, iban, bic, girocode };
    const pdf = await invoicePdf(translator(language), DOCUMENT_LOCALES[language], language, { ...request, reference: doc.reference, payment: doc.payment }, account);
    sendPdf(res, `Rechnung-${doc.reference}.pdf`, pdf);
  });
  route(api('documents.paymentReceipt'), async ({ params }, req, res) => {
    requireCitizen(req);
    const doc = await owned(params.id, req.user!.id);
    if (doc.payment.state !== 'paid') throw new HttpError(404, 'not_found');
    const language = documentLanguage(requestLanguage(req));
    const { _deleted, ...request } = toDeviceDoc(doc);
    const pdf = await paymentReceiptPdf(translator(language), DOCUMENT_LOCALES[language], language, { ...request, reference: doc.reference, payment: doc.payment });
    sendPdf(res, `Zahlungsbestaetigung-${doc.reference}.pdf`, pdf);
  });
  return router;
}
