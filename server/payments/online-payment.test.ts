import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, eventually, sperrmuellDraftV1, submitted } from '../test-support/api-client';
import { chooseOnHostedPage, returnToPortal, startOnlinePayment, startPaymentTestPortal, type PaymentTestPortal } from '../test-support/payment-test-portal';
import { ledgerId, type PaymentLedger } from './payment-ledger';

let env: PaymentTestPortal;
let citizen: ApiClient;

beforeAll(async () => {
  env = await startPaymentTestPortal();
  citizen = new ApiClient(env.portal.url);
  await citizen.register();
});
afterAll(() => env.stop());

const key = () => `key-${randomUUID()}`;
const summary = async (id: string) => (await citizen.current(id))!.payment!;
const ledger = (id: string) => env.portal.store.payments.get(ledgerId(id)) as Promise<PaymentLedger>;

/** Pay on the hosted page and come back the way a browser does; returns the pay page it lands on. */
async function payThrough(id: string, outcome: 'success' | 'failure' | 'cancel') {
  const started = await startOnlinePayment(citizen, id, key());
  expect(started.status).toBe(201);
  const choice = await chooseOnHostedPage(started.body.redirectUrl, outcome);
  expect(choice.status).toBe(303);
  // The way back carries no outcome: only the payment id.
  expect(choice.location).toBe(`${env.portal.url}/api/payments/${started.body.paymentId}/return`);
  const back = await returnToPortal(citizen, choice.location!);
  expect(back).toEqual({ status: 303, location: `/antraege/${id}/bezahlen` });
  return started.body as { paymentId: string; redirectUrl: string };
}

describe('paying a fee online with the sandbox provider', () => {
  it('pays: the hosted page, back to the portal, the request says paid online', async () => {
    const id = await citizen.sendRouted({ volume: '3' });
    expect(await summary(id)).toMatchObject({ state: 'open', amountCents: 3000 });
    const { paymentId } = await payThrough(id, 'success');
    const paid = await summary(id);
    expect(paid).toMatchObject({ state: 'paid', method: 'online', paidCents: 3000 });
    expect(Date.parse(paid.paidAt!)).toBeGreaterThan(Date.now() - 60_000);
    const invoice = await citizen.call('GET', `/api/requests/${id}/payment`);
    expect(invoice.body).toMatchObject({ giroCode: null, onlineAttempt: { paymentId, status: 'PAYED' } });
    // Paying again is refused, in the citizen's language.
    const again = await startOnlinePayment(citizen, id, key());
    expect(again.status).toBe(409);
    expect(again.body).toEqual({ error: 'alreadyPaid', message: 'Die Gebühr für diesen Antrag ist schon bezahlt.' });
  });

  it('fails: the fee stays open with the outcome, and a retry makes a new payment', async () => {
    const id = await citizen.sendRouted();
    const first = await payThrough(id, 'failure');
    expect(await summary(id)).toMatchObject({ state: 'open', lastOutcome: 'failed' });
    const retry = await startOnlinePayment(citizen, id, key());
    expect(retry.status).toBe(201);
    expect(retry.body.paymentId).not.toBe(first.paymentId);
    expect(await summary(id)).toMatchObject({ state: 'pending', method: 'online' });
    expect((await summary(id)).lastOutcome).toBeUndefined();
  });

  it('is cancelled by the citizen: open, "canceled"; the cancelled page cannot be paid afterwards', async () => {
    const id = await citizen.sendRouted();
    const { redirectUrl } = await payThrough(id, 'cancel');
    expect(await summary(id)).toMatchObject({ state: 'open', lastOutcome: 'canceled' });
    const late = await chooseOnHostedPage(redirectUrl, 'success');
    expect(late.status).toBe(410);
    expect(late.html).toContain('schon abgeschlossen');
    expect((await summary(id)).state).toBe('open');
  });

  it('expires after 30 minutes: open, "expired", the page says so, and a new attempt can be started', async () => {
    const id = await citizen.sendRouted();
    const started = await startOnlinePayment(citizen, id, key());
    expect(Date.parse(started.body.expiresAt) - Date.now()).toBeGreaterThan(29 * 60_000);
    env.sandbox.advanceClock(31 * 60_000);
    // The citizen comes back too late; the portal asks the provider.
    await returnToPortal(citizen, `${env.portal.url}/api/payments/${started.body.paymentId}/return`);
    expect(await summary(id)).toMatchObject({ state: 'open', lastOutcome: 'expired' });
    const page = await chooseOnHostedPage(started.body.redirectUrl, 'success');
    expect(page.status).toBe(410);
    expect(page.html).toContain('abgelaufen');
    const retry = await startOnlinePayment(citizen, id, key());
    expect(retry.status).toBe(201);
    expect(retry.body.paymentId).toBe(`${id}.2`);
  });

  it('never makes two payments: the same key twice at once, another tab, the back button', async () => {
    const id = await citizen.sendRouted();
    const k = key();
    const [a, b] = await Promise.all([startOnlinePayment(citizen, id, k), startOnlinePayment(citizen, id, k)]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.paymentId).toBe(b.body.paymentId);
    expect(a.body.redirectUrl).toBe(b.body.redirectUrl);
    // Another tab (its own key) and a double click in it: still that one open payment.
    const [c, d] = await Promise.all([startOnlinePayment(citizen, id, key()), startOnlinePayment(citizen, id, key())]);
    expect([c.body.paymentId, d.body.paymentId]).toEqual([a.body.paymentId, a.body.paymentId]);
    const open = env.sandbox.payments.listOpen().filter((p) => p.requestId.startsWith(id));
    expect(open).toHaveLength(1);
    expect((await ledger(id)).attempts).toHaveLength(1);
    // Back from the hosted page without paying, "pay" again: the same page.
    const back = await startOnlinePayment(citizen, id, k);
    expect(back.status).toBe(200);
    expect(back.body.redirectUrl).toBe(a.body.redirectUrl);
  });

  it('words bad calls: no key, someone else\'s request, a free request, not signed in', async () => {
    const id = await citizen.sendRouted();
    const noKey = await citizen.call('POST', `/api/requests/${id}/payments`);
    expect(noKey.status).toBe(400);
    expect(noKey.body.error).toBe('idempotencyKeyMissing');
    const other = new ApiClient(env.portal.url);
    await other.register();
    expect((await startOnlinePayment(other, id, key())).status).toBe(404);
    expect((await other.call('GET', `/api/requests/${id}/payment`)).status).toBe(404);
    expect((await startOnlinePayment(new ApiClient(env.portal.url), id, key())).status).toBe(401);
    const free = submitted(sperrmuellDraftV1());
    await citizen.push([{ assumedMasterState: null, newDocumentState: free }]);
    await eventually(async () => (await citizen.current(free.id))?.status === 'received', 10_000, 'routing');
    const refused = await citizen.call('POST', `/api/requests/${free.id}/payments`, undefined, { 'Idempotency-Key': key(), 'Accept-Language': 'en' });
    expect(refused.status).toBe(409);
    expect(refused.body).toEqual({ error: 'notPayable', message: 'There is no fee to pay for this request.' });
  });

  it('gives the invoice data: amount, due date, RF reference, the city account and a GiroCode', async () => {
    const id = await citizen.sendRouted({ volume: '1' });
    const doc = (await citizen.current(id))!;
    const invoice = await citizen.call('GET', `/api/requests/${id}/payment`);
    expect(invoice.status).toBe(200);
    expect(invoice.body).toMatchObject({
      requestId: id,
      reference: doc.reference,
      payment: doc.payment,
      creditorName: 'Stadt Werne – Stadtkasse',
      iban: 'DE89370400440532013000',
      bic: 'COBADEFFXXX',
      onlineAttempt: null,
    });
    expect(invoice.body.giroCode.split('\n')).toEqual([
      'BCD', '002', '1', 'SCT', 'COBADEFFXXX', 'Stadt Werne – Stadtkasse', 'DE89370400440532013000', 'EUR20.00', '', doc.payment!.creditorReference,
    ]);
  });
});
