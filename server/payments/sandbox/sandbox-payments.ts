import { createHash, randomUUID } from 'node:crypto';
import type { PaymentInformation, PaymentRequest, PaymentStatusReason, ProviderMethod } from '../provider';

/** A payment as the sandbox keeps it: what it tells, plus what it needs to finish it. */
export interface SandboxPayment extends PaymentInformation {
  description: string;
  redirectUrl: string;
  notifyUrl: string;
  language?: string;
}

export type PayerChoice = 'success' | 'failure' | 'cancel';

/** The same idempotency key sent with a different payment: refused, like real providers do. */
export class IdempotencyMismatchError extends Error {}

/** What the provider tells about a payment (never the URLs it calls back). */
export function publicInformation(p: SandboxPayment): PaymentInformation {
  const { description: _d, redirectUrl: _r, notifyUrl: _n, language: _l, ...info } = p;
  return info;
}

function fingerprint(request: PaymentRequest): string {
  const { requestId, amountCents, currency, purpose, redirectUrl, notifyUrl } = request;
  return createHash('sha256').update(JSON.stringify([requestId, amountCents, currency, purpose, redirectUrl, notifyUrl])).digest('hex');
}

/**
 * The sandbox's payments, in memory, on an injectable clock so tests can let 30 minutes pass in
 * an instant. `onChange` hears every change of state once (the webhook sender listens).
 */
export class SandboxPayments {
  private readonly payments = new Map<string, SandboxPayment>();
  private readonly keys = new Map<string, { transactionId: string; fingerprint: string }>();

  constructor(
    private readonly options: {
      now: () => Date;
      expiryMs: number;
      pageUrl: (transactionId: string) => string;
      onChange: (payment: SandboxPayment) => void;
    },
  ) {}

  /** Creates a payment, or returns the one made earlier with the same key (`created: false`). */
  create(request: PaymentRequest, idempotencyKey: string): { payment: SandboxPayment; created: boolean } {
    const known = this.keys.get(idempotencyKey);
    const print = fingerprint(request);
    if (known) {
      if (known.fingerprint !== print) throw new IdempotencyMismatchError(idempotencyKey);
      return { payment: this.get(known.transactionId)!, created: false };
    }
    const now = this.options.now();
    const transactionId = `sbx_${randomUUID().replace(/-/g, '')}`;
    const payment: SandboxPayment = {
      transactionId,
      requestId: request.requestId,
      reference: request.purpose,
      amountCents: request.amountCents,
      currency: 'EUR',
      status: 'INITIAL',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + this.options.expiryMs).toISOString(),
      paymentPageUrl: this.options.pageUrl(transactionId),
      description: request.description,
      redirectUrl: request.redirectUrl,
      notifyUrl: request.notifyUrl,
      ...(request.language ? { language: request.language } : {}),
    };
    this.payments.set(transactionId, payment);
    this.keys.set(idempotencyKey, { transactionId, fingerprint: print });
    this.options.onChange(payment);
    return { payment, created: true };
  }

  /** The payment as of now: an INITIAL one past its time has expired (and says so once). */
  get(transactionId: string): SandboxPayment | undefined {
    const payment = this.payments.get(transactionId);
    if (payment && payment.status === 'INITIAL' && this.options.now().getTime() >= Date.parse(payment.expiresAt)) {
      return this.finish(payment, 'CANCELED', 'EXPIRED');
    }
    return payment;
  }

  /** The payer's choice on the hosted page; undefined when the payment is no longer open. */
  choose(transactionId: string, choice: PayerChoice, method: ProviderMethod): SandboxPayment | undefined {
    const payment = this.get(transactionId);
    if (!payment || payment.status !== 'INITIAL') return undefined;
    payment.method = method;
    if (choice === 'success') return this.finish(payment, 'PAYED');
    return choice === 'failure' ? this.finish(payment, 'FAILED', 'DECLINED') : this.finish(payment, 'CANCELED', 'ABORTED_BY_PAYER');
  }

  listOpen(): SandboxPayment[] {
    return [...this.payments.keys()].map((id) => this.get(id)!).filter((p) => p.status === 'INITIAL');
  }

  /** Lets every payment past its time expire now (the sweep timer calls this). */
  expireDue(): void {
    for (const id of this.payments.keys()) this.get(id);
  }

  private finish(payment: SandboxPayment, status: 'PAYED' | 'FAILED' | 'CANCELED', reason?: PaymentStatusReason): SandboxPayment {
    const at = this.options.now().toISOString();
    payment.status = status;
    payment.updatedAt = at;
    if (reason) payment.statusReason = reason;
    if (status === 'PAYED') payment.paidAt = at;
    this.options.onChange(payment);
    return payment;
  }
}
