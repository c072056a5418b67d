/**
 * The interface every ePayment provider plugs in behind, modelled on XBezahldienste (the German
 * public-sector standard for payment platforms such as ePayBL): the portal sends a payment
 * request and learns the payment's information — by asking, and from signed notifications.
 * The rest of the portal knows only these types; which provider answers is configuration.
 */

/** XBezahldienste's payment states. PAYED is final: nothing moves a paid payment back. */
export const PAYMENT_STATUSES = ['INITIAL', 'PAYED', 'FAILED', 'CANCELED'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** Why a payment ended without money: refused, given up by the payer, or timed out. */
export const PAYMENT_STATUS_REASONS = ['DECLINED', 'ABORTED_BY_PAYER', 'EXPIRED'] as const;
export type PaymentStatusReason = (typeof PAYMENT_STATUS_REASONS)[number];

/** Means of payment the payer chose on the provider's page. */
export const PROVIDER_METHODS = ['CREDITCARD', 'GIROPAY', 'PAYPAL', 'SEPA_DIRECT_DEBIT'] as const;
export type ProviderMethod = (typeof PROVIDER_METHODS)[number];

/** Booking data of a line item, for the treasury's ledger (Haushalt). */
export interface BookingData {
  /** Kostenstelle: the department that earns the fee. */
  costCenter: string;
  /** Sachkonto of the revenue (NKF chart of accounts, e.g. 432100 Benutzungsgebühren). */
  revenueAccount: string;
  /** Kassenzeichen the treasury books under: the Aktenzeichen. */
  cashReference: string;
}

export interface PaymentLineItem {
  id: string;
  description: string;
  quantity: number;
  unitPriceCents: number;
  bookingData: BookingData;
}

export interface PaymentRequest {
  /** The portal's id of this attempt (also its idempotency key at the provider). */
  requestId: string;
  amountCents: number;
  currency: 'EUR';
  /** Verwendungszweck on the payer's statement: the RF creditor reference. */
  purpose: string;
  /** What the payment is for, shown on the provider's page. */
  description: string;
  /** Where the provider sends the browser back to (carries no outcome). */
  redirectUrl: string;
  /** Where the provider posts its signed notifications. */
  notifyUrl: string;
  requestor: { id: string; name?: string; email?: string };
  items: PaymentLineItem[];
  /** Language of the provider's page: de, en or de-x-easy. */
  language?: string;
}

/** What the provider knows about one payment. */
export interface PaymentInformation {
  transactionId: string;
  /** The portal's `PaymentRequest.requestId`. */
  requestId: string;
  /** The purpose (RF reference) as requested. */
  reference: string;
  amountCents: number;
  currency: 'EUR';
  status: PaymentStatus;
  statusReason?: PaymentStatusReason;
  method?: ProviderMethod;
  createdAt: string;
  updatedAt: string;
  paidAt?: string;
  /** After this the provider no longer accepts the payment (INITIAL becomes CANCELED/EXPIRED). */
  expiresAt: string;
  /** The provider's hosted payment page for this payment. */
  paymentPageUrl: string;
}

/** A notification the provider sent: the payment's information at the time of sending. */
export interface PaymentNotification {
  eventId: string;
  sentAt: string;
  payment: PaymentInformation;
}

export interface PaymentProvider {
  /** Same idempotency key, same payment: a repeated call never creates a second one. */
  createPayment(request: PaymentRequest, idempotencyKey: string): Promise<PaymentInformation>;
  /** The current state as the provider has it, or undefined when it does not know the id. */
  getPayment(transactionId: string): Promise<PaymentInformation | undefined>;
  /** Payments still INITIAL (not paid, failed, cancelled or expired). */
  listOpenPayments(): Promise<PaymentInformation[]>;
  /** Checks the signature over the raw body and reads it; throws WebhookRejectedError. */
  readNotification(rawBody: Buffer, signatureHeader: string | undefined): PaymentNotification;
}

/** The provider did not answer, or answered with an error: nothing was decided. */
export class ProviderUnavailableError extends Error {}

/** A notification without a valid signature, or not readable: refused, nothing stored. */
export class WebhookRejectedError extends Error {
  constructor(readonly reason: 'unsigned' | 'badSignature' | 'malformed') {
    super(reason);
  }
}

export function isFinalStatus(status: PaymentStatus | 'CREATING'): boolean {
  return status === 'PAYED' || status === 'FAILED' || status === 'CANCELED';
}
