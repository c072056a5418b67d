import type { PaymentSummary } from '../../../domain/payments/payment-summary';
import { ApiRequestError, apiFetch } from '../../api/api-client';
import { DOCUMENTS_CACHE } from '../requests/ReceiptLink';

/** `POST /api/requests/:id/payments`: where to send the browser to pay. */
export interface StartedPayment {
  paymentId: string;
  redirectUrl: string;
}

/** `GET /api/requests/:id/payment`: the fee's state as the server knows it, and the invoice data. */
export interface InvoiceData {
  payment: PaymentSummary;
  creditorName: string;
  iban: string;
  bic?: string;
  /** The EPC069-12 GiroCode payload, to render as a QR code. */
  girocode: string;
}

/**
 * Starts (or, with the same key or while an attempt is still open, resumes) the online payment.
 * The key belongs to the page view, so a double click or a page restored by the back button
 * never starts a second payment.
 */
export function startPayment(requestId: string, idempotencyKey: string): Promise<StartedPayment> {
  return apiFetch<StartedPayment>(`/api/requests/${encodeURIComponent(requestId)}/payments`, {
    method: 'POST',
    body: {},
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

function paymentUrl(requestId: string): string {
  return `/api/requests/${encodeURIComponent(requestId)}/payment`;
}

/** The server's answer (see server/payments/payment-routes.ts); no GiroCode once paid. */
interface PaymentBody {
  payment: PaymentSummary;
  creditorName: string;
  iban: string;
  bic: string | null;
  giroCode: string | null;
}

function normalize(body: PaymentBody): InvoiceData {
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
  return normalize(await apiFetch<PaymentBody>(paymentUrl(requestId)));
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
