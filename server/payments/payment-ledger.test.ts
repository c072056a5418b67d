import { describe, expect, it } from 'vitest';
import { markForLedger, mergeInformation, requestIdOf, type PaymentAttempt, type PaymentLedger } from './payment-ledger';
import type { PaymentInformation } from './provider';

const NOW = new Date('2026-12-01T10:00:00Z');
const REQUEST = '6f1c2a9e-0d4b-4c1e-9a3f-1b2c3d4e5f60';

const attempt = (over: Partial<PaymentAttempt> = {}): PaymentAttempt => ({
  paymentId: `${REQUEST}.1`,
  keyHash: 'h',
  status: 'INITIAL',
  amountCents: 2500,
  redirectUrl: 'http://portal/return',
  transactionId: 'sbx_1',
  paymentPageUrl: 'http://sandbox/pay/sbx_1',
  expiresAt: '2026-12-01T10:30:00Z',
  createdAt: '2026-12-01T09:59:00Z',
  updatedAt: '2026-12-01T09:59:00Z',
  ...over,
});

const info = (over: Partial<PaymentInformation> = {}): PaymentInformation => ({
  transactionId: 'sbx_1',
  requestId: `${REQUEST}.1`,
  reference: 'RF18539007547034',
  amountCents: 2500,
  currency: 'EUR',
  status: 'INITIAL',
  createdAt: '2026-12-01T09:59:00Z',
  updatedAt: '2026-12-01T09:59:00Z',
  expiresAt: '2026-12-01T10:30:00Z',
  paymentPageUrl: 'http://sandbox/pay/sbx_1',
  ...over,
});

const ledger = (attempts: PaymentAttempt[]): PaymentLedger => ({ _id: `ledger:${REQUEST}`, type: 'payment-ledger', requestId: REQUEST, owner: 'o', attempts, reconcile: true, updatedAt: '' });

describe('merging the provider\'s word into an attempt', () => {
  it('moves INITIAL to an end, and says nothing new for a repeat', () => {
    expect(mergeInformation(attempt(), info({ status: 'PAYED', paidAt: '2026-12-01T10:01:00Z', method: 'GIROPAY' }), NOW)).toMatchObject({ status: 'PAYED', method: 'GIROPAY', paidAt: '2026-12-01T10:01:00Z' });
    expect(mergeInformation(attempt(), info(), NOW)).toBeUndefined();
    expect(mergeInformation(attempt({ status: 'PAYED' }), info({ status: 'PAYED' }), NOW)).toBeUndefined();
  });

  it('never moves an ended attempt back to INITIAL, nor a paid one anywhere', () => {
    expect(mergeInformation(attempt({ status: 'FAILED' }), info({ status: 'INITIAL' }), NOW)).toBeUndefined();
    expect(mergeInformation(attempt({ status: 'PAYED' }), info({ status: 'CANCELED', statusReason: 'EXPIRED' }), NOW)).toBeUndefined();
    expect(mergeInformation(attempt({ status: 'CANCELED', statusReason: 'EXPIRED' }), info({ status: 'FAILED' }), NOW)).toBeUndefined();
  });

  it('takes PAYED over an earlier end: money that arrived counts', () => {
    expect(mergeInformation(attempt({ status: 'FAILED' }), info({ status: 'PAYED' }), NOW)?.status).toBe('PAYED');
  });

  it('fills in the transaction of an attempt whose creation answer was lost', () => {
    const merged = mergeInformation(attempt({ status: 'CREATING', transactionId: undefined, paymentPageUrl: undefined, expiresAt: undefined }), info(), NOW)!;
    expect(merged).toMatchObject({ status: 'INITIAL', transactionId: 'sbx_1', paymentPageUrl: 'http://sandbox/pay/sbx_1' });
  });
});

describe('what the request is told', () => {
  it('follows the latest attempt, and a paid attempt above all', () => {
    expect(markForLedger(ledger([attempt({ status: 'CREATING' })]))).toBeUndefined();
    expect(markForLedger(ledger([attempt()]))).toEqual({ to: 'pending' });
    expect(markForLedger(ledger([attempt({ status: 'FAILED' })]))).toEqual({ to: 'open', outcome: 'failed' });
    expect(markForLedger(ledger([attempt({ status: 'CANCELED', statusReason: 'ABORTED_BY_PAYER' })]))).toEqual({ to: 'open', outcome: 'canceled' });
    expect(markForLedger(ledger([attempt({ status: 'CANCELED', statusReason: 'EXPIRED' })]))).toEqual({ to: 'open', outcome: 'expired' });
    const paidThenNew = ledger([attempt({ status: 'PAYED', paidAt: 'T' }), attempt({ paymentId: `${REQUEST}.2`, status: 'FAILED' })]);
    expect(markForLedger(paidThenNew)).toEqual({ to: 'paid', method: 'online', paidCents: 2500, paidAt: 'T' });
  });

  it('reads the request from a payment id, and nothing from a foreign one', () => {
    expect(requestIdOf(`${REQUEST}.12`)).toBe(REQUEST);
    expect(requestIdOf('sbx_123')).toBeUndefined();
    expect(requestIdOf(`${REQUEST}.1/../x`)).toBeUndefined();
  });
});
