import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, eventually } from '../test-support/api-client';
import { chooseOnHostedPage, returnToPortal, startOnlinePayment, startPaymentTestPortal, type PaymentTestPortal } from '../test-support/payment-test-portal';
import { ledgerId, type PaymentLedger } from './payment-ledger';
import type { PaymentInformation, PaymentNotification } from './provider';
import { recordInLedger } from './record-information';
import { signBody } from './webhook-signature';

let env: PaymentTestPortal;
let citizen: ApiClient;

beforeAll(async () => {
  env = await startPaymentTestPortal();
  citizen = new ApiClient(env.portal.url);
  await citizen.register();
});
afterEach(() => {
  Object.assign(env.sandbox.webhooks.behaviour, { drop: false, duplicateRate: 0 });
});
afterAll(() => env.stop());

const summary = async (id: string) => (await citizen.current(id))!.payment!;
const ledger = (id: string) => env.portal.store.payments.get(ledgerId(id)) as Promise<PaymentLedger>;

/** A routed request with an online payment started; returns its ids and the sandbox's payment. */
async function startedPayment() {
  const id = await citizen.sendRouted();
  const res = await startOnlinePayment(citizen, id, `key-${randomUUID()}`);
  expect(res.status).toBe(201);
  const payment = env.sandbox.payments.listOpen().find((p) => p.requestId === res.body.paymentId)!;
  return { id, paymentId: res.body.paymentId as string, pageUrl: res.body.redirectUrl as string, payment };
}

/** Posts a notification to the portal's webhook, signed with `secret` (or not at all). */
function postWebhook(body: string, signature?: string) {
  return fetch(`${env.portal.url}/api/payments/webhook`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(signature ? { 'X-Signature': signature } : {}) },
    body,
  });
}

function notification(payment: PaymentInformation): string {
  const n: PaymentNotification = { eventId: randomUUID(), sentAt: new Date().toISOString(), payment };
  return JSON.stringify(n);
}

describe('webhooks from the provider', () => {
  it('marks a request paid before the browser comes back; the return then changes nothing', async () => {
    const { id, paymentId, pageUrl } = await startedPayment();
    const choice = await chooseOnHostedPage(pageUrl, 'success');
    await eventually(async () => (await summary(id)).state === 'paid', 10_000, 'webhook');
    const rev = (await citizen.current(id))!.serverRev;
    expect(await returnToPortal(citizen, choice.location!)).toEqual({ status: 303, location: `/antraege/${id}/bezahlen` });
    expect((await citizen.current(id))!.serverRev).toBe(rev);
    expect((await ledger(id)).attempts.map((a) => [a.paymentId, a.status])).toEqual([[paymentId, 'PAYED']]);
  });

  it('takes a notification delivered twice, and a stale one after it, without harm: paid stays paid', async () => {
    env.sandbox.webhooks.behaviour.duplicateRate = 1;
    const { id, pageUrl, payment } = await startedPayment();
    await env.sandbox.webhooks.idle();
    const deliveredBefore = env.sandbox.webhooks.delivered;
    await chooseOnHostedPage(pageUrl, 'success');
    await env.sandbox.webhooks.idle();
    expect(env.sandbox.webhooks.delivered - deliveredBefore).toBe(2);
    expect(await summary(id)).toMatchObject({ state: 'paid', method: 'online' });
    const rev = (await citizen.current(id))!.serverRev;
    // The "created" notification arriving last (out of order), and a replay of "paid".
    const secret = env.payments.webhookSecret!;
    const stale = notification({ ...payment, status: 'INITIAL' });
    const staleRes = await postWebhook(stale, signBody(secret, stale));
    expect(staleRes.status).toBe(200);
    expect(await staleRes.json()).toEqual({ received: true, outcome: 'unchanged' });
    const paidAgain = notification(env.sandbox.payments.get(payment.transactionId)!);
    expect((await postWebhook(paidAgain, signBody(secret, paidAgain))).status).toBe(200);
    expect((await citizen.current(id))!.serverRev).toBe(rev);
    expect((await summary(id)).state).toBe('paid');
  });

  it('refuses unsigned, wrongly signed and tampered notifications with 401 and stores nothing', async () => {
    const { id, payment } = await startedPayment();
    const ledgerBefore = await ledger(id);
    const forged = notification({ ...payment, status: 'PAYED', paidAt: new Date().toISOString() });
    const unsigned = await postWebhook(forged);
    expect(unsigned.status).toBe(401);
    expect(await unsigned.json()).toEqual({ error: 'invalidSignature', message: 'Die Nachricht des Bezahldienstes ist nicht gültig signiert.' });
    expect((await postWebhook(forged, signBody('not-the-secret'.padEnd(40, 'x'), forged))).status).toBe(401);
    // Signed by the provider, then changed on the way: the signature no longer fits.
    const genuine = notification({ ...payment });
    const tampered = genuine.replace('"status":"INITIAL"', '"status":"PAYED"');
    expect(tampered).not.toBe(genuine);
    expect((await postWebhook(tampered, signBody(env.payments.webhookSecret!, genuine))).status).toBe(401);
    expect((await postWebhook(forged, 'sha256=' + '0'.repeat(64))).status).toBe(401);
    expect((await ledger(id))._rev).toBe(ledgerBefore._rev);
    expect((await summary(id)).state).toBe('pending');
    // Signed but not a notification: 400, also nothing stored.
    const junk = '{"hello":1}';
    expect((await postWebhook(junk, signBody(env.payments.webhookSecret!, junk))).status).toBe(400);
  });
});

describe('reconciliation', () => {
  it('repairs a lost webhook: paid at the provider, the browser never came back', async () => {
    env.sandbox.webhooks.behaviour.drop = true;
    const { id, pageUrl } = await startedPayment();
    const choice = await chooseOnHostedPage(pageUrl, 'success');
    expect(choice.status).toBe(303);
    expect((await summary(id)).state).toBe('pending');
    const result = await env.portal.payments.reconciler!.runNow();
    expect(result.repaired).toBeGreaterThanOrEqual(1);
    expect(await summary(id)).toMatchObject({ state: 'paid', method: 'online', paidCents: 3000 });
    expect((await ledger(id)).reconcile).toBe(false);
  });

  it('repairs a crash between "provider says paid" and "request marked paid"', async () => {
    env.sandbox.webhooks.behaviour.drop = true;
    const { id, pageUrl, payment } = await startedPayment();
    await chooseOnHostedPage(pageUrl, 'success');
    // The first step happened (the ledger knows), then the process died before the request was told.
    const { outcome } = await recordInLedger(env.portal.store, env.sandbox.payments.get(payment.transactionId)!);
    expect(outcome).toBe('changed');
    expect((await ledger(id)).reconcile).toBe(true);
    expect((await summary(id)).state).toBe('pending');
    await env.portal.payments.reconciler!.runNow();
    expect((await summary(id)).state).toBe('paid');
    expect((await ledger(id)).reconcile).toBe(false);
  });

  it('also repairs that crash when the citizen presses "pay" again: refused as paid, and the request told', async () => {
    env.sandbox.webhooks.behaviour.drop = true;
    const { id, pageUrl, payment } = await startedPayment();
    await chooseOnHostedPage(pageUrl, 'success');
    await recordInLedger(env.portal.store, env.sandbox.payments.get(payment.transactionId)!);
    expect((await summary(id)).state).toBe('pending');
    const again = await startOnlinePayment(citizen, id, `key-${randomUUID()}`);
    expect(again.status).toBe(409);
    expect(again.body.error).toBe('alreadyPaid');
    expect(await summary(id)).toMatchObject({ state: 'paid', method: 'online' });
  });

  it('closes attempts that expired unnoticed, so the citizen sees "expired" and may pay again', async () => {
    env.sandbox.webhooks.behaviour.drop = true;
    const { id } = await startedPayment();
    env.sandbox.advanceClock(31 * 60_000);
    await env.portal.payments.reconciler!.runNow();
    expect(await summary(id)).toMatchObject({ state: 'open', lastOutcome: 'expired' });
    const second = await startOnlinePayment(citizen, id, `key-${randomUUID()}`);
    expect(second.status).toBe(201);
  });
});
