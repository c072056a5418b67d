import type { RequestStatus } from '../lifecycle/request-status';
import type { PaymentSummary } from './payment-summary';

/** Longest override reason kept (the same bound as a clerk's other reasons). */
export const OVERRIDE_REASON_MAX = 2000;

export type WorkStartDecision =
  /** Free of charge, or paid: work may start. */
  | { allowed: true; override: false }
  /** Not paid, and the clerk gave a reason to start anyway: it is recorded. */
  | { allowed: true; override: true; reason: string }
  /** Not paid and no reason: work waits for the money. */
  | { allowed: false; problem: 'required' | 'tooLong' };

interface GatedRequest {
  status: RequestStatus;
  payment?: PaymentSummary;
}

/**
 * True when starting work on this request waits for its fee: a fee is owed and not paid, and
 * work has not begun yet (`received`). Resuming after the citizen answered a question is no
 * new start, so an override given once is not asked for again.
 */
export function workWaitsForPayment(doc: GatedRequest): boolean {
  return doc.status === 'received' && doc.payment !== undefined && doc.payment.amountCents > 0 && doc.payment.state !== 'paid';
}

/**
 * Work on a fee-bearing request starts only once the fee is paid, unless the clerk overrides
 * with a reason (e.g. the citizen paid cash at the Bürgerbüro, or the pickup cannot wait).
 * A pending online payment is not paid yet: it may still fail or be cancelled.
 */
export function decideWorkStart(doc: GatedRequest, overrideReason?: string): WorkStartDecision {
  if (!workWaitsForPayment(doc)) return { allowed: true, override: false };
  const reason = overrideReason?.trim() ?? '';
  if (!reason) return { allowed: false, problem: 'required' };
  if (reason.length > OVERRIDE_REASON_MAX) return { allowed: false, problem: 'tooLong' };
  return { allowed: true, override: true, reason };
}
