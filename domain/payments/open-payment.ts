import { todayInWerne, toIsoDate } from '../validation/calendar-date';
import type { PaymentSummary } from './payment-summary';
import { rfReferenceForAktenzeichen } from './rf-reference';

/** Days the citizen has to pay an invoice, counted from routing (Werne's calendar). */
export const PAYMENT_TERM_DAYS = 14;

/** The date `days` after `now`'s date in Werne (YYYY-MM-DD), whatever zone the server runs in. */
export function dueDateAfter(now: Date, days = PAYMENT_TERM_DAYS): string {
  const today = todayInWerne(now);
  const due = new Date(Date.UTC(today.year, today.month - 1, today.day + days));
  return toIsoDate({ year: due.getUTCFullYear(), month: due.getUTCMonth() + 1, day: due.getUTCDate() });
}

/**
 * The payment a routed request owes, or undefined when it is free. A request routed again (the
 * citizen picked another slot) keeps what it had — a paid fee stays paid; an open one follows
 * the fee fixed now.
 */
export function paymentAtRouting(
  existing: PaymentSummary | undefined,
  feeCents: number,
  aktenzeichen: string | undefined,
  now: Date,
): PaymentSummary | undefined {
  if (existing) {
    if (existing.state !== 'open' || existing.amountCents === feeCents || feeCents <= 0) return existing;
    return { ...existing, amountCents: feeCents };
  }
  if (feeCents <= 0 || !aktenzeichen) return undefined;
  return {
    state: 'open',
    amountCents: feeCents,
    creditorReference: rfReferenceForAktenzeichen(aktenzeichen),
    dueDate: dueDateAfter(now),
  };
}
