import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../test-support/api-client';
import { chooseOnHostedPage, startPaymentTestPortal, type PaymentTestPortal } from '../../test-support/payment-test-portal';
import { answerDrift } from './answer-check';

/**
 * The answers the route × role matrix cannot reach as a success, against their declared schemas:
 * starting a payment needs the payment provider (here the real sandbox on loopback).
 */
let env: PaymentTestPortal;
let citizen: ApiClient;

beforeAll(async () => {
  env = await startPaymentTestPortal();
  citizen = new ApiClient(env.portal.url);
  await citizen.register();
});
afterAll(() => env.stop());

async function raw(path: string, init: RequestInit = {}) {
  const res = await fetch(env.portal.url + path, { ...init, headers: { Cookie: citizen.cookieHeader, ...init.headers } });
  return { status: res.status, text: await res.text() };
}

describe('real payment answers are what the contract declares', () => {
  it('start (new and resumed) and the invoice data before and after paying', async () => {
    const id = await citizen.sendRouted();
    const key = `answers-${randomUUID()}`;
    const start = () => raw(`/api/requests/${id}/payments`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key }, body: '{}' });
    const first = await start();
    expect(first.status).toBe(201);
    expect(answerDrift({ id: 'payments.start' }, first.status, first.text)).toBeUndefined();
    const resumed = await start();
    expect(resumed.status).toBe(200);
    expect(answerDrift({ id: 'payments.start' }, resumed.status, resumed.text)).toBeUndefined();

    const pending = await raw(`/api/requests/${id}/payment`);
    expect(answerDrift({ id: 'payments.invoiceData' }, pending.status, pending.text)).toBeUndefined();
    expect(JSON.parse(pending.text).onlineAttempt).toMatchObject({ status: expect.any(String) });

    const choice = await chooseOnHostedPage(JSON.parse(first.text).redirectUrl, 'success');
    await fetch(choice.location!, { headers: { Cookie: citizen.cookieHeader }, redirect: 'manual' });
    const paid = await raw(`/api/requests/${id}/payment`);
    expect(JSON.parse(paid.text).giroCode).toBeNull();
    expect(answerDrift({ id: 'payments.invoiceData' }, paid.status, paid.text)).toBeUndefined();
  });

  it('names what drifted: a field the contract does not declare, or one it requires', () => {
    const ok = JSON.stringify({ paymentId: 'p', redirectUrl: 'https://x', reused: false });
    expect(answerDrift({ id: 'payments.start' }, 201, ok)).toBeUndefined();
    expect(answerDrift({ id: 'payments.start' }, 201, JSON.stringify({ ...JSON.parse(ok), secret: 1 }))).toMatch(/additional properties/);
    expect(answerDrift({ id: 'payments.start' }, 201, JSON.stringify({ paymentId: 'p', reused: false }))).toMatch(/redirectUrl/);
  });
});
