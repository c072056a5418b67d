import express, { type Request, type Response, type Router } from 'express';
import { api, type ResponseOf } from '../../domain/api';
import { contractDoor, contractRouter } from '../http/contract';
import { giroCodePayload } from '../../domain/payments/girocode';
import { serviceTitle } from '../documents/request-texts';
import { HttpError } from '../http/api-error';
import { requestLanguage, translator } from '../http/i18n';
import type { StoredRequest } from '../requests';
import { getOrNull } from '../store';
import { wordPaymentErrors } from './payment-errors';
import { latestAttempt, ledgerId, requestIdOf, type PaymentLedger } from './payment-ledger';
import { notifyUrl, type PaymentsService } from './payments-service';
import { WebhookRejectedError } from './provider';
import { recordPaymentInformation } from './record-information';
import { startPayment } from './start-payment';
import { SIGNATURE_HEADER } from './webhook-signature';

/** Requests whose fee is no longer owed, whatever the summary says. */
const NOT_PAYABLE_STATUSES = ['withdrawn', 'rejected'];
const KEY_PATTERN = /^[\w.:-]{8,200}$/;

async function ownRequest(service: PaymentsService, req: Request, id: string): Promise<StoredRequest> {
  const doc = await getOrNull<StoredRequest>(service.store.requests, id);
  if (!doc || doc.type !== 'request' || doc.deleted || doc.owner !== req.user!.id) throw new HttpError(404, 'not_found');
  return doc;
}

/** `/api/requests/:id/payments` (start or resume online payment) and `/api/requests/:id/payment` (invoice data). */
export function paymentRequestRoutes(service: PaymentsService): Router {
  const { router, route } = contractRouter('/api/requests');

  route(api('payments.start'), async ({ params }, req, res) => {
    const key = req.get('idempotency-key') ?? '';
    if (!KEY_PATTERN.test(key)) throw new HttpError(400, 'idempotencyKeyMissing');
    const doc = await ownRequest(service, req, params.id);
    if (!doc.payment || NOT_PAYABLE_STATUSES.includes(doc.status)) throw new HttpError(409, 'notPayable');
    if (doc.payment.state === 'paid') throw new HttpError(409, 'alreadyPaid');
    if (!service.provider) throw new HttpError(503, 'providerUnavailable');
    const language = requestLanguage(req);
    const started = await startPayment(
      service.store,
      service.provider,
      {
        request: doc,
        key,
        returnBase: service.publicUrl ?? service.portalUrl,
        notifyUrl: notifyUrl(service),
        language,
        description: `${serviceTitle(translator(language), doc.serviceId)} – ${doc.reference}`,
      },
      service.logger,
    );
    res.status(started.reused ? 200 : 201).json(started satisfies ResponseOf<'payments.start'>);
  });

  route(api('payments.invoiceData'), async ({ params }, req, res) => {
    const doc = await ownRequest(service, req, params.id);
    if (!doc.payment) throw new HttpError(404, 'notPayable');
    const ledger = await getOrNull<PaymentLedger>(service.store.payments, ledgerId(doc._id));
    const attempt = latestAttempt(ledger);
    const { name, iban, bic } = service.creditor;
    res.json({
      requestId: doc._id,
      reference: doc.reference,
      serviceId: doc.serviceId,
      payment: doc.payment,
      creditorName: name,
      iban,
      bic: bic ?? null,
      // No code to scan once paid: a second transfer would only have to be refunded.
      giroCode:
        doc.payment.state === 'paid'
          ? null
          : giroCodePayload({ name, iban, bic, amountCents: doc.payment.amountCents, creditorReference: doc.payment.creditorReference }),
      onlineAttempt: attempt
        ? {
            paymentId: attempt.paymentId,
            status: attempt.status,
            ...(attempt.statusReason ? { statusReason: attempt.statusReason } : {}),
            ...(attempt.expiresAt ? { expiresAt: attempt.expiresAt } : {}),
          }
        : null,
    } satisfies ResponseOf<'payments.invoiceData'>);
  });

  router.use(wordPaymentErrors);
  return router;
}

/**
 * `/api/payments/:paymentId/return`: the browser back from the provider. The address says nothing
 * about the outcome (anyone could type it), so the server asks the provider, records the answer and
 * sends the browser to the request's pay page, which shows what the server now knows.
 */
export function paymentReturnRoutes(service: PaymentsService): Router {
  const { router, route } = contractRouter('/api/payments');
  route(api('payments.return'), async ({ params }, _req, res) => {
    const paymentId = params.paymentId;
    const requestId = requestIdOf(paymentId);
    if (!requestId) throw new HttpError(404, 'not_found');
    const ledger = await getOrNull<PaymentLedger>(service.store.payments, ledgerId(requestId));
    const attempt = ledger?.attempts.find((a) => a.paymentId === paymentId);
    if (attempt?.transactionId && service.provider) {
      try {
        const info = await service.provider.getPayment(attempt.transactionId);
        if (info) await recordPaymentInformation(service.store, info, new Date(), service.logger);
      } catch (err) {
        // The page shows the state as known; the webhook or the next reconciliation brings the rest.
        service.logger?.warn({ err: (err as Error).message, paymentId }, 'payment return: provider not asked');
      }
    }
    res.redirect(303, `/antraege/${encodeURIComponent(requestId)}/bezahlen`);
  });
  return router;
}

/**
 * `POST /api/payments/webhook`, mounted before the JSON parser: the signature covers the exact
 * bytes the provider sent. Unsigned or tampered notifications get 401 and nothing is stored; a
 * failure on our side answers 503, so the provider delivers again later.
 */
export function paymentWebhookRoute(service: PaymentsService): Router {
  const { router, route } = contractRouter('/api/payments/webhook');
  router.use(contractDoor());
  route(
    api('payments.webhook'),
    async ({ body }, req: Request, res: Response) => {
    if (!service.provider) throw new HttpError(503, 'providerUnavailable');
    const raw = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
    let notification;
    try {
      notification = service.provider.readNotification(raw, req.get(SIGNATURE_HEADER));
    } catch (err) {
      if (!(err instanceof WebhookRejectedError)) throw err;
      service.logger?.warn({ reason: err.reason }, 'payment webhook refused');
      throw err.reason === 'malformed' ? new HttpError(400, 'invalidNotification') : new HttpError(401, 'invalidSignature');
    }
    const outcome = await recordPaymentInformation(service.store, notification.payment, new Date(), service.logger);
    res.json({ received: true, outcome });
    },
    express.raw({ type: () => true, limit: '64kb' }),
  );
  router.use(wordPaymentErrors);
  return router;
}
