import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { ApiClient } from '../test-support/api-client';
import { camtStatement } from '../test-support/camt-statement';
import { buildInboxQuery, parseInboxQuery } from './inbox-query';
import { startTestPortal } from '../test-support/test-portal';

let portal: Portal;
let citizen: ApiClient;
let abfall: ApiClient;
let lead: ApiClient;
let kasse: ApiClient;

const act = (id: string, body: object) => abfall.call('POST', `/api/clerk/requests/${id}/actions`, body);
const inbox = async (query: string) => {
  const res = await abfall.call('GET', `/api/clerk/requests?pageSize=500&${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.requests as { id: string; payment?: { state: string; method?: string; paidAt?: string } }[];
};

/** The treasury imports a statement in which the request's fee arrived by transfer. */
async function payByTransfer(id: string) {
  const { payment } = (await citizen.current(id))!;
  const statement = `G-${randomUUID()}`;
  const xml = camtStatement(statement, [{ ref: `${statement}-1`, cents: payment!.amountCents, rf: payment!.creditorReference }]);
  const res = await kasse.call('POST', '/api/kasse/kontoauszuege', xml, { 'Content-Type': 'application/xml' });
  expect(res.body.matched).toHaveLength(1);
}

beforeAll(async () => {
  portal = await startTestPortal();
  citizen = new ApiClient(portal.url);
  await citizen.register('Paula Pünktlich');
  abfall = new ApiClient(portal.url);
  await abfall.login('abfall@stadt-werne.example', 'werne-demo-abfall');
  lead = new ApiClient(portal.url);
  await lead.login('leitung-abfall@stadt-werne.example', 'werne-demo-leitung-abfall');
  kasse = new ApiClient(portal.url);
  await kasse.login('kasse@stadt-werne.example', 'werne-demo-kasse');
});
afterAll(() => portal.stop());

describe('work on a fee-bearing request starts when it is paid', () => {
  it('refuses to start an unpaid request, and starts it once the transfer is imported', async () => {
    const id = await citizen.sendRouted();
    const refused = await act(id, { action: 'start' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('payment_required');
    expect(refused.body.message).toMatch(/Gebühr ist noch nicht bezahlt/);
    expect(refused.body.problems[0]).toMatchObject({ field: 'paymentOverride', code: 'required', message: expect.stringMatching(/Grund/) });
    expect((await citizen.current(id))!.status).toBe('received');

    await payByTransfer(id);
    const started = await act(id, { action: 'start' });
    expect(started.status).toBe(200);
    expect(started.body.request).toMatchObject({ status: 'in_progress', payment: { state: 'paid', method: 'transfer' } });
    expect(started.body.request.history.at(-1)).not.toHaveProperty('reason');
  });

  it('starts an unpaid request with the clerk\'s reason, recorded in the history and the audit trail', async () => {
    const id = await citizen.sendRouted();
    const reason = 'Bar im Bürgerbüro bezahlt, Quittung Nr. 4711.';
    const started = await act(id, { action: 'start', paymentOverride: `  ${reason} ` });
    expect(started.status).toBe(200);
    expect(started.body.request.payment.state).toBe('open');
    const onDevice = (await citizen.current(id))!;
    expect(onDevice.status).toBe('in_progress');
    expect(onDevice.history.at(-1)).toMatchObject({ status: 'in_progress', actor: 'clerk', reason });
    const trail = (await lead.call('GET', '/api/clerk/audit')).body.entries as { action: string; requestId?: string; detail?: Record<string, string> }[];
    expect(trail.find((e) => e.requestId === id && e.action === 'start')).toMatchObject({ detail: { paymentOverride: reason } });
    const tooLong = await act(await citizen.sendRouted(), { action: 'start', paymentOverride: 'x'.repeat(2001) });
    expect(tooLong.body.problems[0]).toMatchObject({ field: 'paymentOverride', code: 'tooLong' });
  });

  it('filters the inbox by payment state and shows it in each row', async () => {
    const unpaid = await citizen.sendRouted();
    const paid = await citizen.sendRouted();
    await payByTransfer(paid);
    const open = await inbox('payment=open');
    expect(open.map((r) => r.id)).toContain(unpaid);
    expect(open.map((r) => r.id)).not.toContain(paid);
    expect(open.every((r) => r.payment?.state === 'open')).toBe(true);
    const done = await inbox('payment=paid');
    expect(done.find((r) => r.id === paid)?.payment).toMatchObject({ state: 'paid', method: 'transfer', paidAt: expect.any(String) });
    expect(done.map((r) => r.id)).not.toContain(unpaid);
    // With a status, sorted by status, by reference, by service, and with a search: the same answer.
    for (const extra of ['status=received', 'sort=status', 'sort=reference', 'service=sperrmuellkarte', 'q=Pünktlich']) {
      const rows = await inbox(`payment=paid&${extra}`);
      expect(rows.map((r) => r.id), extra).toContain(paid);
      expect(rows.every((r) => r.payment?.state === 'paid'), extra).toBe(true);
    }
    const bad = await abfall.call('GET', '/api/clerk/requests?payment=bezahlt');
    expect(bad.status).toBe(400);
    expect(bad.body.problems[0]).toMatchObject({ field: 'payment', code: 'invalid', message: 'Wählen Sie einen Zahlungsstand aus der Liste.' });
  });

  it('answers the payment filter from an index whose fields are exactly the query\'s, so the store stops after one page', async () => {
    for (const [query, index] of [
      [{ payment: 'open' }, 'idx-by-department-payment-received'],
      [{ payment: 'paid', status: 'received' }, 'idx-by-department-status-payment-received'],
    ] as const) {
      const mango = buildInboxQuery(parseInboxQuery('abfall', query), { skip: 0, limit: 26 });
      const explained = (await portal.store.server.request({ db: portal.store.names.requests, method: 'POST', path: '_explain', body: mango })) as {
        index: { ddoc: string };
      };
      expect(explained.index.ddoc, JSON.stringify(query)).toBe(`_design/${index}`);
    }
  });
});
