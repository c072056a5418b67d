import type { Logger } from '../logger';
import type { Store } from '../store';
import { requestIdOf, type PaymentLedger } from './payment-ledger';
import { ProviderUnavailableError, type PaymentProvider } from './provider';
import { recordPaymentInformation, settleRequest } from './record-information';
import { lostPayment } from './start-payment';

/** An attempt the provider never answered for is given up after this (the provider's own expiry, plus slack). */
const UNANSWERED_MS = 40 * 60_000;
const PAGE = 200;

export interface ReconcileResult {
  /** Ledgers looked at. */
  checked: number;
  /** Requests whose summary or attempt changed because of this pass. */
  repaired: number;
  /** Attempts the provider could not be asked about (tried again next pass). */
  unreachable: number;
}

async function flaggedLedgers(store: Store): Promise<PaymentLedger[]> {
  const all: PaymentLedger[] = [];
  let bookmark: string | undefined;
  for (;;) {
    const res = await store.payments.find({
      selector: { reconcile: true, updatedAt: { $gt: null } },
      use_index: 'idx-by-reconcile',
      limit: PAGE,
      ...(bookmark ? { bookmark } : {}),
    });
    all.push(...(res.docs as PaymentLedger[]));
    if (res.docs.length < PAGE || !res.bookmark || res.bookmark === bookmark) return all;
    bookmark = res.bookmark;
  }
}

/**
 * One reconciliation pass. For every ledger still flagged — an attempt not ended, or a request not
 * yet told — it asks the provider: first for its open payments (which also recovers a creation
 * whose answer was lost), then for each unfinished attempt by transaction id. That repairs a lost
 * webhook, and a crash between "provider says paid" and "request marked paid".
 */
export async function reconcilePayments(store: Store, provider: PaymentProvider, logger?: Logger, now = () => new Date()): Promise<ReconcileResult> {
  const result: ReconcileResult = { checked: 0, repaired: 0, unreachable: 0 };
  const ledgers = await flaggedLedgers(store);
  if (!ledgers.length) return result;
  const open = new Map<string, Awaited<ReturnType<PaymentProvider['listOpenPayments']>>[number]>();
  try {
    for (const info of await provider.listOpenPayments()) if (requestIdOf(info.requestId)) open.set(info.requestId, info);
  } catch (err) {
    if (!(err instanceof ProviderUnavailableError)) throw err;
    logger?.warn({ err: err.message }, 'reconciliation: provider list unavailable');
  }
  for (const ledger of ledgers) {
    result.checked++;
    let changed = false;
    for (const attempt of ledger.attempts) {
      if (attempt.status === 'PAYED' || attempt.status === 'FAILED' || attempt.status === 'CANCELED') continue;
      try {
        let info = open.get(attempt.paymentId);
        if (!info && attempt.transactionId) info = (await provider.getPayment(attempt.transactionId)) ?? lostPayment(attempt);
        if (!info && now().getTime() - Date.parse(attempt.createdAt) > UNANSWERED_MS) info = lostPayment(attempt);
        if (info && (await recordPaymentInformation(store, info, now(), logger)) === 'changed') changed = true;
      } catch (err) {
        if (!(err instanceof ProviderUnavailableError)) throw err;
        result.unreachable++;
      }
    }
    // The attempts may all have ended long ago and only the request was never told.
    if (!changed && (await settleRequest(store, ledger.requestId, now()))) changed = true;
    if (changed) result.repaired++;
  }
  if (result.repaired || result.unreachable) logger?.info(result, 'payments reconciled');
  return result;
}

export interface Reconciler {
  /** Runs a pass now (or waits for the one running). */
  runNow(): Promise<ReconcileResult>;
  stop(): void;
}

/**
 * Runs a pass at start-up and every `intervalMs` (0: only at start-up); never two at once. The
 * timed passes run only while `isWorker()` (the process holds the worker lease), like routing:
 * two processes asking the provider and settling the same ledgers would only race each other.
 * `runNow` always runs (a test, an operator).
 */
export function startReconciliation(store: Store, provider: PaymentProvider, intervalMs: number, logger?: Logger, isWorker: () => boolean = () => true): Reconciler {
  let running: Promise<ReconcileResult> | undefined;
  const runNow = () => {
    running ??= reconcilePayments(store, provider, logger).finally(() => {
      running = undefined;
    });
    return running;
  };
  const pass = () => {
    if (!isWorker()) return;
    void runNow().catch((err: unknown) => logger?.warn({ err: (err as Error).message }, 'payment reconciliation failed'));
  };
  pass();
  const timer = intervalMs > 0 ? setInterval(pass, intervalMs) : undefined;
  timer?.unref();
  return {
    runNow,
    stop() {
      if (timer) clearInterval(timer);
    },
  };
}
