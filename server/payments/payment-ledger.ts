import { createHash } from 'node:crypto';
import type { PaymentMark } from './mark-paid';
import { isFinalStatus, type PaymentInformation, type PaymentStatus, type PaymentStatusReason, type ProviderMethod } from './provider';

/** One online attempt to pay a request's fee. `CREATING`: written, the provider not yet answered. */
export interface PaymentAttempt {
  /** `<requestId>.<n>`: the provider's requestId and idempotency key for this attempt. */
  paymentId: string;
  /** SHA-256 of the browser's Idempotency-Key (the key itself is not kept). */
  keyHash: string;
  status: 'CREATING' | PaymentStatus;
  statusReason?: PaymentStatusReason;
  amountCents: number;
  /** Where the provider sends the browser back to (fixed once, so every retry asks the same). */
  redirectUrl: string;
  transactionId?: string;
  paymentPageUrl?: string;
  expiresAt?: string;
  method?: ProviderMethod;
  paidAt?: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * All online attempts of one request, in one document. On one store its `_rev` serialises every decision
 * about them (two tabs, a double click, webhook and return at once), so there is never more than
 * one unfinished attempt. `reconcile` stays true while an attempt is unfinished or the request
 * has not yet been told the outcome; the reconciliation pass looks at exactly those. On a cluster
 * two leaves can both be accepted; the conflict resolver unites their attempts and paid wins over
 * every other state (server/conflicts/merge-by-kind.ts).
 */
export interface PaymentLedger {
  _id: string;
  _rev?: string;
  type: 'payment-ledger';
  requestId: string;
  owner: string;
  attempts: PaymentAttempt[];
  reconcile: boolean;
  updatedAt: string;
}

/** More attempts than anyone would make by hand: something is looping. */
export const MAX_ATTEMPTS = 30;

export function ledgerId(requestId: string): string {
  return `ledger:${requestId}`;
}

export function paymentIdFor(requestId: string, n: number): string {
  return `${requestId}.${n}`;
}

/** The request a payment id belongs to, or undefined when it is not one of ours. */
export function requestIdOf(paymentId: string): string | undefined {
  const m = /^([0-9a-f-]{36})\.(\d{1,3})$/.exec(paymentId);
  return m ? m[1] : undefined;
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function latestAttempt(ledger: PaymentLedger | null | undefined): PaymentAttempt | undefined {
  return ledger?.attempts[ledger.attempts.length - 1];
}

/** An attempt that has not ended: at most one per ledger, and it is always the latest. */
export function unfinishedAttempt(ledger: PaymentLedger | null | undefined): PaymentAttempt | undefined {
  const last = latestAttempt(ledger);
  return last && !isFinalStatus(last.status) ? last : undefined;
}

/**
 * The attempt as the provider now describes it, or undefined when that tells nothing new.
 * Notifications come late, twice and out of order: an ended attempt never goes back to
 * INITIAL, and PAYED — money that arrived — is final and wins over anything said before.
 */
export function mergeInformation(attempt: PaymentAttempt, info: PaymentInformation, now: Date): PaymentAttempt | undefined {
  const next: PaymentAttempt = { ...attempt };
  next.transactionId ??= info.transactionId;
  next.paymentPageUrl ??= info.paymentPageUrl;
  next.expiresAt ??= info.expiresAt;
  const statusMoves =
    attempt.status !== 'PAYED' && info.status !== attempt.status && (info.status === 'PAYED' || !isFinalStatus(attempt.status));
  if (statusMoves) {
    next.status = info.status;
    if (info.statusReason) next.statusReason = info.statusReason;
    else delete next.statusReason;
    if (info.method) next.method = info.method;
    if (info.paidAt) next.paidAt = info.paidAt;
  }
  const changed = statusMoves || next.transactionId !== attempt.transactionId || next.paymentPageUrl !== attempt.paymentPageUrl || next.expiresAt !== attempt.expiresAt;
  if (!changed) return undefined;
  next.updatedAt = now.toISOString();
  return next;
}

/** What the request's payment summary should say, judging by the ledger. */
export function markForLedger(ledger: PaymentLedger): PaymentMark | undefined {
  const paid = ledger.attempts.find((a) => a.status === 'PAYED');
  if (paid) return { to: 'paid', method: 'online', paidCents: paid.amountCents, ...(paid.paidAt ? { paidAt: paid.paidAt } : {}) };
  const last = latestAttempt(ledger);
  if (!last || last.status === 'CREATING') return undefined;
  if (last.status === 'INITIAL') return { to: 'pending' };
  if (last.status === 'FAILED') return { to: 'open', outcome: 'failed' };
  return { to: 'open', outcome: last.statusReason === 'EXPIRED' ? 'expired' : 'canceled' };
}

/** An unfinished attempt keeps the ledger under watch; so does a request not yet told. */
export function needsReconcile(ledger: PaymentLedger): boolean {
  return ledger.attempts.some((a) => !isFinalStatus(a.status));
}
