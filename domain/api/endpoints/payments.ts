import { DOC_ID } from '../fields';
import { endpoint, object } from '../endpoint';
import { INVOICE_DATA, STARTED_PAYMENT } from '../responses/payments';

const citizen = { roles: ['citizen'], scope: 'owner' } as const;
const ID = object({ id: DOC_ID }, ['id']);

export const paymentEndpoints = [
  endpoint({
    id: 'payments.start',
    method: 'POST',
    path: '/api/requests/:id/payments',
    tag: 'payments',
    summary: 'Start or resume online payment of the fee (header Idempotency-Key required).',
    access: citizen,
    params: ID,
    body: object({}),
    response: { status: 201, type: 'application/json', schema: STARTED_PAYMENT },
  }),
  endpoint({ id: 'payments.invoiceData', method: 'GET', path: '/api/requests/:id/payment', tag: 'payments', summary: 'What is owed and how to pay it (bank details, GiroCode, online attempt).', access: citizen, params: ID, response: { status: 200, type: 'application/json', schema: INVOICE_DATA } }),
  endpoint({
    id: 'payments.return',
    method: 'GET',
    path: '/api/payments/:paymentId/return',
    tag: 'payments',
    summary: 'The browser back from the payment provider: asks the provider, then redirects to the pay page.',
    access: { public: true },
    params: object({ paymentId: DOC_ID }, ['paymentId']),
    response: { status: 303, type: 'none' },
  }),
  endpoint({
    id: 'payments.webhook',
    method: 'POST',
    path: '/api/payments/webhook',
    tag: 'payments',
    summary: "The provider's signed notification; the signature covers the raw bytes.",
    access: { public: true },
    body: { raw: ['*/*'], maxBytes: 64 * 1024 },
    response: { status: 200, type: 'application/json' },
  }),
] as const;
