import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidRfReference } from '../../domain/payments/rf-reference';
import { dueDateAfter } from '../../domain/payments/open-payment';
import type { Portal } from '../portal';
import { ApiClient, sperrmuellDraftV1, submitted, eventually } from '../test-support/api-client';
import { startTestPortal } from '../test-support/test-portal';
import { markPaid, markPayment } from './mark-paid';

let portal: Portal;
let citizen: ApiClient;

beforeAll(async () => {
  portal = await startTestPortal();
  citizen = new ApiClient(portal.url);
  await citizen.register();
});
afterAll(() => portal.stop());

describe('the fee of a routed request', () => {
  it('is owed from routing: open, the fee, an RF reference from the Aktenzeichen, due in 14 days', async () => {
    // 2.5 m³ Sperrmüll: 20 € for the first 2 m³, 10 € for each further started one.
    const id = await citizen.sendRouted({ volume: '2,5' });
    const doc = (await citizen.current(id))!;
    expect(doc.feeCents).toBe(3000);
    expect(doc.payment).toEqual({
      state: 'open',
      amountCents: 3000,
      creditorReference: expect.stringMatching(new RegExp(`^RF\\d{2}${doc.reference!.replace(/-/g, '')}$`)),
      dueDate: dueDateAfter(new Date(doc.receivedAt!)),
    });
    expect(isValidRfReference(doc.payment!.creditorReference)).toBe(true);
  });

  it('is not owed by a free request', async () => {
    const draft = submitted(sperrmuellDraftV1());
    await citizen.push([{ assumedMasterState: null, newDocumentState: draft }]);
    const doc = await eventually(async () => {
      const d = await citizen.current(draft.id);
      return d?.status === 'received' ? d : undefined;
    }, 10_000, 'routing');
    expect(doc.feeCents).toBe(0);
    expect(doc.payment).toBeUndefined();
    expect((await markPaid(portal.store, draft.id, { method: 'transfer', paidCents: 100 })).outcome).toBe('notPayable');
  });

  it('goes pending, open with the outcome, then paid — and paid stays paid whatever comes later', async () => {
    const id = await citizen.sendRouted();
    expect((await markPayment(portal.store, id, { to: 'pending' })).outcome).toBe('changed');
    expect((await markPayment(portal.store, id, { to: 'pending' })).outcome).toBe('unchanged');
    expect((await markPayment(portal.store, id, { to: 'open', outcome: 'canceled' })).outcome).toBe('changed');
    expect((await citizen.current(id))!.payment).toMatchObject({ state: 'open', lastOutcome: 'canceled' });
    await markPayment(portal.store, id, { to: 'pending' });
    const paidAt = '2026-12-01T10:00:00.000Z';
    const first = await markPaid(portal.store, id, { method: 'online', paidCents: 3000, paidAt });
    expect(first.outcome).toBe('changed');
    const rev = first.request!._rev;
    // A repeated confirmation, a late failure and a transfer for the same fee change nothing.
    expect((await markPaid(portal.store, id, { method: 'online', paidCents: 3000 })).outcome).toBe('unchanged');
    expect((await markPayment(portal.store, id, { to: 'open', outcome: 'failed' })).outcome).toBe('unchanged');
    expect((await markPaid(portal.store, id, { method: 'transfer', paidCents: 3000 })).outcome).toBe('unchanged');
    const doc = (await citizen.current(id))!;
    expect(doc.serverRev).toBe(rev);
    expect(doc.payment).toMatchObject({ state: 'paid', method: 'online', paidAt, paidCents: 3000 });
    expect(doc.payment!.lastOutcome).toBeUndefined();
  });

  it('ends in one paid summary when two confirmations race', async () => {
    const id = await citizen.sendRouted();
    const results = await Promise.all([
      markPaid(portal.store, id, { method: 'online', paidCents: 3000 }),
      markPaid(portal.store, id, { method: 'online', paidCents: 3000 }),
    ]);
    expect(results.map((r) => r.outcome).sort()).toEqual(['changed', 'unchanged']);
    expect((await markPaid(portal.store, 'no-such-request', { method: 'online', paidCents: 1 })).outcome).toBe('notFound');
  });
});
