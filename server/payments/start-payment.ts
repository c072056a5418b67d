import type { StartedPayment } from '../../domain/api';
import { HttpError } from '../http/api-error';
import type { Logger } from '../logger';
import type { StoredRequest } from '../requests';
import { getOrNull, updateDocument, type Store } from '../store';
import {
  hashKey,
  ledgerId,
  MAX_ATTEMPTS,
  paymentIdFor,
  unfinishedAttempt,
  type PaymentAttempt,
  type PaymentLedger,
} from './payment-ledger';
import { ProviderUnavailableError, type PaymentInformation, type PaymentProvider, type PaymentRequest } from './provider';
import { recordPaymentInformation, settleRequest } from './record-information';

/** Sachkonto of the fees the portal collects (NKF NRW: 432100 Benutzungsgebühren). */
const REVENUE_ACCOUNT = '432100';

export interface StartPaymentInput {
  request: StoredRequest;
  /** The browser's Idempotency-Key: the same key never makes a second payment. */
  key: string;
  /** Where the provider sends the browser back to, before the payment id is appended. */
  returnBase: string;
  notifyUrl: string;
  language: string;
  /** What the payment is for, in the citizen's language (service – Aktenzeichen). */
  description: string;
}

export type { StartedPayment };

/** The attempt's payment request; the same for every caller, so the provider's idempotency holds. */
function paymentRequest(input: StartPaymentInput, attempt: PaymentAttempt): PaymentRequest {
  const doc = input.request;
  return {
    requestId: attempt.paymentId,
    amountCents: attempt.amountCents,
    currency: 'EUR',
    purpose: doc.payment!.creditorReference,
    description: input.description,
    redirectUrl: attempt.redirectUrl,
    notifyUrl: input.notifyUrl,
    requestor: { id: doc.owner },
    items: [
      {
        id: doc.serviceId,
        description: input.description,
        quantity: 1,
        unitPriceCents: attempt.amountCents,
        bookingData: { costCenter: doc.department ?? 'unknown', revenueAccount: REVENUE_ACCOUNT, cashReference: doc.reference ?? doc._id },
      },
    ],
    language: input.language,
  };
}

/**
 * The provider's current word on an unfinished attempt: created now if the provider has not
 * answered yet (same idempotency key as the first try, so at most one payment exists), otherwise
 * asked. A payment the provider no longer knows cannot be paid any more: it counts as expired.
 */
async function askProvider(provider: PaymentProvider, input: StartPaymentInput, attempt: PaymentAttempt): Promise<PaymentInformation> {
  if (attempt.status === 'CREATING' || !attempt.transactionId) return provider.createPayment(paymentRequest(input, attempt), attempt.paymentId);
  const info = await provider.getPayment(attempt.transactionId);
  return info ?? lostPayment(attempt);
}

/** What to record about a payment the provider has forgotten (a restarted sandbox). */
export function lostPayment(attempt: PaymentAttempt): PaymentInformation {
  return {
    transactionId: attempt.transactionId ?? '',
    requestId: attempt.paymentId,
    reference: '',
    amountCents: attempt.amountCents,
    currency: 'EUR',
    status: 'CANCELED',
    statusReason: 'EXPIRED',
    createdAt: attempt.createdAt,
    updatedAt: new Date().toISOString(),
    expiresAt: attempt.expiresAt ?? attempt.createdAt,
    paymentPageUrl: attempt.paymentPageUrl ?? '',
  };
}

/**
 * Starts (or resumes) the online payment of a request's fee. The request's ledger decides under
 * its `_rev`: an unfinished attempt — made with this key, in another tab, or a second ago by a
 * double click — is handed out again instead of a new one; a new attempt is only appended when
 * every earlier one has ended unpaid (failed, cancelled, expired).
 */
export async function startPayment(store: Store, provider: PaymentProvider, input: StartPaymentInput, logger?: Logger): Promise<StartedPayment> {
  const requestId = input.request._id;
  const keyHash = hashKey(input.key);
  for (let round = 0; round < 6; round++) {
    const ledger = await getOrNull<PaymentLedger>(store.payments, ledgerId(requestId));
    if (ledger?.attempts.some((a) => a.status === 'PAYED')) {
      // The request may not have been told yet (a crash after the ledger learnt it): tell it now.
      await settleRequest(store, requestId, new Date(), ledger);
      throw new HttpError(409, 'alreadyPaid');
    }
    const open = unfinishedAttempt(ledger);
    let attempt = open;
    const reused = !!open;
    if (!attempt) {
      if ((ledger?.attempts.length ?? 0) >= MAX_ATTEMPTS) throw new HttpError(409, 'tooManyAttempts');
      const at = new Date().toISOString();
      let mine: PaymentAttempt | undefined;
      await updateDocument<PaymentLedger>(store.payments, ledgerId(requestId), (current) => {
        mine = undefined;
        // Someone else appended meanwhile (double click, second tab): theirs is handed out.
        if (unfinishedAttempt(current) || current?.attempts.some((a) => a.status === 'PAYED')) return undefined;
        const attempts = current?.attempts ?? [];
        const paymentId = paymentIdFor(requestId, attempts.length + 1);
        mine = {
          paymentId,
          keyHash,
          status: 'CREATING',
          amountCents: input.request.payment!.amountCents,
          redirectUrl: `${input.returnBase}/api/payments/${paymentId}/return`,
          createdAt: at,
          updatedAt: at,
        };
        return {
          _id: ledgerId(requestId),
          ...(current?._rev ? { _rev: current._rev } : {}),
          type: 'payment-ledger',
          requestId,
          owner: input.request.owner,
          attempts: [...attempts, mine],
          reconcile: true,
          updatedAt: at,
        };
      });
      if (!mine) continue;
      attempt = mine;
    }
    let info: PaymentInformation;
    try {
      info = await askProvider(provider, input, attempt);
    } catch (err) {
      if (err instanceof ProviderUnavailableError) {
        logger?.warn({ err: err.message, paymentId: attempt.paymentId }, 'payment provider unavailable');
        throw new HttpError(503, 'providerUnavailable');
      }
      throw err;
    }
    await recordPaymentInformation(store, info, new Date(), logger);
    if (info.status === 'PAYED') throw new HttpError(409, 'alreadyPaid');
    if (info.status === 'INITIAL') return { paymentId: attempt.paymentId, redirectUrl: info.paymentPageUrl, expiresAt: info.expiresAt, reused };
    // It ended (expired, failed, cancelled) since we last looked: the next round starts a new one.
  }
  throw new HttpError(409, 'paymentBusy');
}
