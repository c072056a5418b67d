import type { ResponseOf } from '../../../domain/api';
import { ApiRequestError, apiFetch } from '../../api/api-client';
import { DOCUMENTS_CACHE } from '../requests/ReceiptLink';

/** `POST /api/requests/:id/payments`: where to send the browser to pay. */
export type StartedPayment = ResponseOf<'payments.start'>;

/**
 * What the invoice page shows, read from `GET /api/requests/:id/payment`: the fee's state as the
 * server knows it, and the invoice data; `girocode` is the EPC069-12 payload ('' once paid).
 */
export type InvoiceData = Pick<ResponseOf<'payments.invoiceData'>, 'payment' | 'creditorName' | 'iban'> & { bic?: string; girocode: string };

/**
 * Starts (or, with the same key or while an attempt is still open, resumes) the online payment.
 * The key belongs to the page view, so a double click or a page restored by the back button
 * never starts a second payment.
 */
export function startPayment(requestId: string, idempotencyKey: string): Promise<StartedPayment> {
  return apiFetch<ResponseOf<'payments.start'>>(`/api/requests/${encodeURIComponent(requestId)}/payments`, {
    method: 'POST',
    body: {},
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

function paymentUrl(requestId: string): string {
  return `/api/requests/${encodeURIComponent(requestId)}/payment`;
}

function normalize(body: ResponseOf<'payments.invoiceData'>): InvoiceData {
  return {
    payment: body.payment,
    creditorName: body.creditorName,
    iban: body.iban,
    bic: body.bic ?? undefined,
    girocode: body.giroCode ?? '',
  };
}

/** The fee as the server sees it now (the device's copy may lag behind a return from the provider). */
export async function fetchPayment(requestId: string): Promise<InvoiceData> {
  return normalize(await apiFetch<ResponseOf<'payments.invoiceData'>>(paymentUrl(requestId)));
}

/**
 * The invoice: fresh from the server when reachable (and then kept in the documents cache), the
 * kept copy otherwise — the city's account and the GiroCode do not change for an invoice, so
 * the citizen can transfer offline from the copy.
 */
export async function loadInvoice(requestId: string): Promise<InvoiceData> {
  const url = paymentUrl(requestId);
  try {
    const fresh = await fetchPayment(requestId);
    if (typeof caches !== 'undefined') {
      const cache = await caches.open(DOCUMENTS_CACHE);
      await cache.put(url, new Response(JSON.stringify(fresh), { headers: { 'Content-Type': 'application/json' } }));
    }
    return fresh;
  } catch (error) {
    if (error instanceof ApiRequestError || typeof caches === 'undefined') throw error;
    const kept = await (await caches.open(DOCUMENTS_CACHE)).match(url);
    if (!kept) throw error;
    return (await kept.json()) as InvoiceData;
  }
}
