import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HttpPaymentProvider } from './http-provider';
import { WebhookRejectedError } from './provider';
import { hasValidSignature, signBody } from './webhook-signature';

const SECRET = 'a-webhook-secret-of-enough-length-0123456789';
const BODY = Buffer.from('{"eventId":"e1","payment":{"status":"PAYED"}}');

describe('webhook signature (HMAC-SHA256 over the raw body)', () => {
  it('is the hex HMAC-SHA256 of the exact bytes, prefixed sha256=', () => {
    expect(signBody(SECRET, BODY)).toBe(`sha256=${createHmac('sha256', SECRET).update(BODY).digest('hex')}`);
    expect(hasValidSignature(SECRET, BODY, signBody(SECRET, BODY))).toBe(true);
    expect(hasValidSignature(SECRET, BODY, signBody(SECRET, BODY).toUpperCase().replace('SHA256=', 'sha256='))).toBe(true);
  });

  it('refuses a missing, malformed, foreign or truncated signature, and a changed body', () => {
    expect(hasValidSignature(SECRET, BODY, undefined)).toBe(false);
    expect(hasValidSignature(SECRET, BODY, '')).toBe(false);
    expect(hasValidSignature(SECRET, BODY, 'md5=abc')).toBe(false);
    expect(hasValidSignature(SECRET, BODY, signBody('another-secret', BODY))).toBe(false);
    expect(hasValidSignature(SECRET, BODY, signBody(SECRET, BODY).slice(0, 40))).toBe(false);
    // Same JSON meaning, other bytes: the signature covers bytes, not meaning.
    const respaced = Buffer.from(BODY.toString().replace(':', ': '));
    expect(hasValidSignature(SECRET, respaced, signBody(SECRET, BODY))).toBe(false);
  });

  it('tells why the provider adapter refuses a notification', () => {
    const provider = new HttpPaymentProvider('http://127.0.0.1:9', 'key', SECRET);
    const reason = (body: Buffer, sig?: string) => {
      try {
        provider.readNotification(body, sig);
        return 'accepted';
      } catch (err) {
        return (err as WebhookRejectedError).reason;
      }
    };
    expect(reason(BODY)).toBe('unsigned');
    expect(reason(BODY, signBody('wrong', BODY))).toBe('badSignature');
    expect(reason(BODY, signBody(SECRET, BODY))).toBe('malformed');
    const good = Buffer.from(JSON.stringify({ eventId: 'e2', sentAt: '', payment: { transactionId: 't', requestId: 'r', amountCents: 1, status: 'PAYED', paymentPageUrl: 'x' } }));
    expect(reason(good, signBody(SECRET, good))).toBe('accepted');
  });
});
