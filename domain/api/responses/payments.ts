import type { FromSchema } from 'json-schema-to-ts';
import { PAYMENT_SUMMARY_SCHEMA } from '../../payments/payment-summary';
import { object } from '../endpoint';

const TEXT = { type: 'string' } as const;
const TEXT_OR_NULL = { type: ['string', 'null'] } as const;

/** `POST /api/requests/:id/payments`: where to send the browser to pay. */
export const STARTED_PAYMENT = object(
  {
    paymentId: TEXT,
    redirectUrl: TEXT,
    expiresAt: TEXT,
    /** An attempt made earlier (same key, or still open) was handed out again. */
    reused: { type: 'boolean' },
  },
  ['paymentId', 'redirectUrl', 'reused'],
);
export type StartedPayment = FromSchema<typeof STARTED_PAYMENT>;

const ONLINE_ATTEMPT = object({ paymentId: TEXT, status: TEXT, statusReason: TEXT, expiresAt: TEXT }, ['paymentId', 'status']);

/** `GET /api/requests/:id/payment`: the fee as the server knows it, and the invoice data (no GiroCode once paid). */
export const INVOICE_DATA = object(
  {
    requestId: TEXT,
    reference: TEXT,
    serviceId: TEXT,
    payment: PAYMENT_SUMMARY_SCHEMA,
    creditorName: TEXT,
    iban: TEXT,
    bic: TEXT_OR_NULL,
    /** The EPC069-12 GiroCode payload, to render as a QR code; null once paid. */
    giroCode: TEXT_OR_NULL,
    onlineAttempt: { anyOf: [{ type: 'null' }, ONLINE_ATTEMPT] },
  },
  ['requestId', 'serviceId', 'payment', 'creditorName', 'iban', 'bic', 'giroCode', 'onlineAttempt'],
);
export type InvoiceAnswer = FromSchema<typeof INVOICE_DATA>;
