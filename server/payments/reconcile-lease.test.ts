import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startPortal, type Portal } from '../portal';
import { eventually } from '../test-support/api-client';
import { testConfig, uniquePrefix } from '../test-support/test-portal';
import { startBuiltInSandbox } from './built-in-sandbox';
import { ledgerId, type PaymentLedger } from './payment-ledger';

/**
 * Two server processes on one store, each with the payment provider configured: only the one
 * holding the worker lease reconciles on its timer, as only it routes. Observed from outside by
 * what the provider is asked.
 */
let portals: Portal[] = [];

/** A ledger still flagged, so a pass has something to ask the provider about (a pass unflags it). */
async function flaggedLedger(store: Portal['store']): Promise<void> {
  const requestId = randomUUID();
  const ledger: PaymentLedger = { _id: ledgerId(requestId), type: 'payment-ledger', requestId, owner: 'nobody', attempts: [], reconcile: true, updatedAt: new Date().toISOString() };
  await store.payments.insert(ledger);
}
let stopSandbox: () => Promise<void>;
const asked = new Map<Portal, number>();

beforeAll(async () => {
  const prefix = uniquePrefix();
  const config = testConfig(inject('storeUrl'), prefix);
  const { payments, sandbox } = await startBuiltInSandbox(config.payments, { webhooks: { duplicateRate: 0, jitterMs: 0, retryBaseMs: 50, maxAttempts: 1 } });
  stopSandbox = () => sandbox.stop();
  // A pass every 0.3 s (the setting takes whole minutes; a test has no minutes to spare).
  const options = { ...config, seedDemoData: false, payments: { ...payments, reconcileMinutes: 0.005 }, workerOptions: { ttlMs: 2_000, renewMs: 250 } };
  for (let i = 0; i < 2; i++) {
    const portal = await startPortal(options);
    const provider = portal.payments.provider!;
    const list = provider.listOpenPayments.bind(provider);
    asked.set(portal, 0);
    provider.listOpenPayments = () => {
      asked.set(portal, asked.get(portal)! + 1);
      return list();
    };
    portals.push(portal);
  }
}, 60_000);
afterAll(async () => {
  await Promise.all(portals.map((p) => p.stop()));
  await stopSandbox?.();
});

describe('payment reconciliation under the worker lease', () => {
  it('runs only in the process holding the lease, and moves with the lease', async () => {
    const holder = await eventually(async () => portals.find((p) => p.worker?.active()), 15_000, 'a lease holder');
    const other = portals.find((p) => p !== holder)!;
    await flaggedLedger(holder.store);
    await eventually(async () => (asked.get(holder)! > 0 ? true : undefined), 10_000, 'the lease holder reconciling');
    // Passes every 0.3 s: the other process has had several chances by now.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(other.worker?.active()).toBe(false);
    expect(asked.get(other)).toBe(0);

    await holder.stop();
    portals = portals.filter((p) => p !== holder);
    await eventually(async () => (other.worker?.active() ? true : undefined), 15_000, 'the other process taking the lease');
    await flaggedLedger(other.store);
    await eventually(async () => (asked.get(other)! > 0 ? true : undefined), 10_000, 'the new lease holder reconciling');
  }, 40_000);
});
