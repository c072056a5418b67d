import type { Logger } from '../logger';
import { getOrNull, updateDocument, type Store } from '../store';
import { markPayment } from './mark-paid';
import { ledgerId, markForLedger, mergeInformation, needsReconcile, requestIdOf, type PaymentAttempt, type PaymentLedger } from './payment-ledger';
import { isFinalStatus, type PaymentInformation } from './provider';

export type RecordOutcome = 'changed' | 'unchanged' | 'unknown';

/**
 * Step one of learning a payment's state: the ledger's attempt takes the provider's word (see
 * `mergeInformation`) and the ledger is flagged for reconciliation until step two is done.
 * Information about a payment we never asked for, or whose amount or transaction differs from
 * what we asked, is not ours to believe: `unknown`, nothing stored.
 */
export async function recordInLedger(store: Store, info: PaymentInformation, now = new Date(), logger?: Logger): Promise<{ outcome: RecordOutcome; ledger?: PaymentLedger }> {
  const requestId = requestIdOf(info.requestId);
  if (!requestId) return { outcome: 'unknown' };
  let outcome: RecordOutcome = 'unknown';
  let seen: PaymentLedger | undefined;
  const written = await updateDocument<PaymentLedger>(store.payments, ledgerId(requestId), (current) => {
    seen = current ?? undefined;
    const index = current?.attempts.findIndex((a) => a.paymentId === info.requestId) ?? -1;
    const attempt: PaymentAttempt | undefined = current?.attempts[index];
    if (!current || !attempt) {
      outcome = 'unknown';
      return undefined;
    }
    if ((attempt.transactionId && attempt.transactionId !== info.transactionId) || attempt.amountCents !== info.amountCents || info.currency !== 'EUR') {
      logger?.warn({ paymentId: info.requestId, transactionId: info.transactionId }, 'payment information does not match the attempt; ignored');
      outcome = 'unknown';
      return undefined;
    }
    const merged = mergeInformation(attempt, info, now);
    if (!merged) {
      outcome = 'unchanged';
      return undefined;
    }
    outcome = 'changed';
    const attempts = [...current.attempts];
    attempts[index] = merged;
    return { ...current, attempts, reconcile: true, updatedAt: now.toISOString() };
  });
  return { outcome, ledger: written ?? seen };
}

/**
 * Step two: the request's summary follows the ledger (through mark-paid, so paid stays paid),
 * then the flag is lowered once no attempt is unfinished. A crash between the steps leaves the
 * flag up, and the reconciliation pass does step two again. True when the summary changed.
 */
export async function settleRequest(store: Store, requestId: string, now = new Date(), known?: PaymentLedger): Promise<boolean> {
  // A ledger just read or written by the caller is as fresh as a new read.
  const ledger = known ?? (await getOrNull<PaymentLedger>(store.payments, ledgerId(requestId)));
  if (!ledger) return false;
  const mark = markForLedger(ledger);
  const changed = mark ? (await markPayment(store, requestId, mark, now)).outcome === 'changed' : false;
  if (!ledger.reconcile || needsReconcile(ledger)) return changed;
  await updateDocument<PaymentLedger>(store.payments, ledger._id, (current) =>
    current && current.reconcile && !needsReconcile(current) ? { ...current, reconcile: false, updatedAt: now.toISOString() } : undefined,
  );
  return changed;
}

/** Both steps: what a webhook, the browser's return and reconciliation do with the provider's word. */
export async function recordPaymentInformation(store: Store, info: PaymentInformation, now = new Date(), logger?: Logger): Promise<RecordOutcome> {
  const { outcome, ledger } = await recordInLedger(store, info, now, logger);
  if (!ledger || outcome === 'unknown') return outcome;
  // A repeat about an attempt still running tells nothing new (the request already says pending,
  // or reconciliation tells it); a repeat about an ended one may find the request not yet told.
  const attempt = ledger.attempts.find((a) => a.paymentId === info.requestId);
  if (outcome === 'changed' || (ledger.reconcile && attempt && isFinalStatus(attempt.status))) await settleRequest(store, ledger.requestId, now, ledger);
  return outcome;
}
