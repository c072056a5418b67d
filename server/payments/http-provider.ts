import {
  PAYMENT_STATUSES,
  ProviderUnavailableError,
  WebhookRejectedError,
  type PaymentInformation,
  type PaymentNotification,
  type PaymentProvider,
  type PaymentRequest,
} from './provider';
import { hasValidSignature } from './webhook-signature';

function isPaymentInformation(value: unknown): value is PaymentInformation {
  const p = value as Partial<PaymentInformation> | null;
  return (
    !!p &&
    typeof p.transactionId === 'string' &&
    typeof p.requestId === 'string' &&
    typeof p.amountCents === 'number' &&
    (PAYMENT_STATUSES as readonly string[]).includes(p.status as string) &&
    typeof p.paymentPageUrl === 'string'
  );
}

/**
 * A provider reached over HTTP: the built-in sandbox, or a real ePayment platform (directly or
 * through an adapter) that speaks the same small API. Every failure to get a clear answer is a
 * ProviderUnavailableError, so the caller never mistakes "no answer" for "not paid".
 */
export class HttpPaymentProvider implements PaymentProvider {
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
    private readonly webhookSecret: string,
    private readonly timeoutMs = 10_000,
  ) {}

  private async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
    let res: Response;
    try {
      res = await fetch(this.baseUrl.replace(/\/$/, '') + path, {
        method,
        headers: { Authorization: `Bearer ${this.apiKey}`, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (err) {
      throw new ProviderUnavailableError(`payment provider not reachable: ${(err as Error).message}`);
    }
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: res.status, body: parsed };
  }

  async createPayment(request: PaymentRequest, idempotencyKey: string): Promise<PaymentInformation> {
    const res = await this.call('POST', '/api/v1/payments', request, { 'Idempotency-Key': idempotencyKey });
    if ((res.status === 200 || res.status === 201) && isPaymentInformation(res.body)) return res.body;
    throw new ProviderUnavailableError(`payment provider refused the payment: ${res.status} ${JSON.stringify(res.body)}`);
  }

  async getPayment(transactionId: string): Promise<PaymentInformation | undefined> {
    const res = await this.call('GET', `/api/v1/payments/${encodeURIComponent(transactionId)}`);
    if (res.status === 404) return undefined;
    if (res.status === 200 && isPaymentInformation(res.body)) return res.body;
    throw new ProviderUnavailableError(`payment provider status failed: ${res.status}`);
  }

  async listOpenPayments(): Promise<PaymentInformation[]> {
    const res = await this.call('GET', '/api/v1/payments?status=INITIAL');
    const list = (res.body as { payments?: unknown[] } | undefined)?.payments;
    if (res.status !== 200 || !Array.isArray(list)) throw new ProviderUnavailableError(`payment provider list failed: ${res.status}`);
    return list.filter(isPaymentInformation);
  }

  readNotification(rawBody: Buffer, signatureHeader: string | undefined): PaymentNotification {
    if (!signatureHeader) throw new WebhookRejectedError('unsigned');
    if (!hasValidSignature(this.webhookSecret, rawBody, signatureHeader)) throw new WebhookRejectedError('badSignature');
    let parsed: Partial<PaymentNotification>;
    try {
      parsed = JSON.parse(rawBody.toString('utf8'));
    } catch {
      throw new WebhookRejectedError('malformed');
    }
    if (typeof parsed?.eventId !== 'string' || !isPaymentInformation(parsed.payment)) throw new WebhookRejectedError('malformed');
    return parsed as PaymentNotification;
  }
}
