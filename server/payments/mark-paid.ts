import type { PaymentMethod, PaymentOutcome, PaymentSummary } from '../../domain/payments/payment-summary';
import type { StoredRequest } from '../requests';
import { updateDocument, type Store } from '../store';

/** What happened to a request's fee, from whichever side learnt it. */
export type PaymentMark =
  /** The money arrived: provider confirmation (online) or a matched bank statement line (transfer). */
  | { to: 'paid'; method: PaymentMethod; paidCents: number; paidAt?: string }
  /** An online payment was started at the provider and has not ended yet. */
  | { to: 'pending' }
  /** The online attempt ended without paying; the citizen may try again or transfer. */
  | { to: 'open'; outcome: PaymentOutcome };

export interface MarkResult {
  /** `unchanged`: the request already said so (a repeated webhook, a second statement import). */
  outcome: 'changed' | 'unchanged' | 'notPayable' | 'notFound';
  request?: StoredRequest;
}

/**
 * The next summary, or undefined when nothing changes. Paid is final: nothing moves a paid fee
 * back, and a second "paid" (duplicate webhook, the same statement imported twice) keeps the
 * first one's date, method and amount.
 */
export function nextPaymentSummary(current: PaymentSummary, mark: PaymentMark, now: Date): PaymentSummary | undefined {
  if (current.state === 'paid') return undefined;
  const { method: _method, lastOutcome: _outcome, paidAt: _at, paidCents: _cents, ...base } = current;
  switch (mark.to) {
    case 'paid':
      return { ...base, state: 'paid', method: mark.method, paidAt: mark.paidAt ?? now.toISOString(), paidCents: mark.paidCents };
    case 'pending':
      if (current.state === 'pending') return undefined;
      return { ...base, state: 'pending', method: 'online' };
    case 'open':
      if (current.state === 'open' && current.lastOutcome === mark.outcome) return undefined;
      return { ...base, state: 'open', lastOutcome: mark.outcome };
  }
}

/**
 * The one place that changes `RequestDoc.payment` after routing (provider return, webhook,
 * reconciliation, bank statement). Read-modify-write with `_rev`, so racing writers (a webhook
 * and the browser's return at once) both end in one consistent summary; the citizen's device
 * learns it through the ordinary sync.
 */
export async function markPayment(store: Store, requestId: string, mark: PaymentMark, now = new Date()): Promise<MarkResult> {
  let outcome: MarkResult['outcome'] = 'notFound';
  let seen: StoredRequest | undefined;
  const written = await updateDocument<StoredRequest>(store.requests, requestId, (current) => {
    seen = undefined;
    if (!current || current.type !== 'request') {
      outcome = 'notFound';
      return undefined;
    }
    seen = current;
    if (!current.payment) {
      outcome = 'notPayable';
      return undefined;
    }
    const next = nextPaymentSummary(current.payment, mark, now);
    outcome = next ? 'changed' : 'unchanged';
    return next ? { ...current, payment: next } : undefined;
  });
  return { outcome, request: written ?? seen };
}

/** Marks a request's fee paid; marking an already paid request paid again changes nothing. */
export function markPaid(
  store: Store,
  requestId: string,
  paid: { method: PaymentMethod; paidCents: number; paidAt?: string },
  now = new Date(),
): Promise<MarkResult> {
  return markPayment(store, requestId, { to: 'paid', ...paid }, now);
}
