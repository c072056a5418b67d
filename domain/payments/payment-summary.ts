/**
 * What the citizen's device and the departments know about the fee of one request. The server
 * alone writes it (see SERVER_OWNED_FIELDS); it travels with the request through sync, so the
 * device can show "paid" or the transfer details offline.
 *
 * - `open`: nothing paid yet (also after a failed, cancelled or expired online attempt:
 *   `lastOutcome` says which, and the citizen may try again).
 * - `pending`: an online payment was started at the provider and has not ended yet.
 * - `paid`: the money arrived (provider confirmation or a matched bank statement line).
 */
export const PAYMENT_STATES = ['open', 'pending', 'paid'] as const;
export type PaymentState = (typeof PAYMENT_STATES)[number];

/** How the citizen pays: on the provider's hosted page, or by bank transfer with the invoice. */
export const PAYMENT_METHODS = ['online', 'transfer'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** Why the last online attempt did not pay. */
export const PAYMENT_OUTCOMES = ['failed', 'canceled', 'expired'] as const;
export type PaymentOutcome = (typeof PAYMENT_OUTCOMES)[number];

export interface PaymentSummary {
  state: PaymentState;
  /** The fee in euro cents, the same as the request's `feeCents`. */
  amountCents: number;
  /** ISO 11649 creditor reference (RF…), derived from the Aktenzeichen; the bank transfer's purpose. */
  creditorReference: string;
  /** Due date of the invoice (YYYY-MM-DD, Werne's calendar). */
  dueDate: string;
  /** How it was paid (`paid`) or is being paid (`pending`). */
  method?: PaymentMethod;
  /** When the money arrived (ISO time). */
  paidAt?: string;
  /** The amount that arrived, in cents (a bank transfer may differ; the treasury handles that). */
  paidCents?: number;
  /** Outcome of the last online attempt that did not pay. */
  lastOutcome?: PaymentOutcome;
}

const SHORT = { type: 'string', maxLength: 64 } as const;

export const PAYMENT_SUMMARY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['state', 'amountCents', 'creditorReference', 'dueDate'],
  properties: {
    state: { type: 'string', enum: [...PAYMENT_STATES], maxLength: 10 },
    amountCents: { type: 'integer', minimum: 0, maximum: 100000000 },
    creditorReference: { type: 'string', maxLength: 25 },
    dueDate: { type: 'string', maxLength: 10 },
    method: { type: 'string', enum: [...PAYMENT_METHODS], maxLength: 10 },
    paidAt: { type: 'string', maxLength: 40 },
    paidCents: { type: 'integer', minimum: 0, maximum: 100000000 },
    lastOutcome: { type: 'string', enum: [...PAYMENT_OUTCOMES], maxLength: 10 },
  },
} as const;

/** A routed request whose fee is still owed: the device offers "pay now" or the invoice. */
export function isPaymentDue(doc: { payment?: PaymentSummary }): boolean {
  return doc.payment !== undefined && doc.payment.state !== 'paid';
}
