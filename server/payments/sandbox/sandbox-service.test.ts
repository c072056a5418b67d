import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PaymentNotification, PaymentRequest } from '../provider';
import { hasValidSignature } from '../webhook-signature';
import { startSandboxProvider, type SandboxProvider } from './sandbox-service';

const API_KEY = 'sandbox-test-key';
const SECRET = 'sandbox-test-webhook-secret-0123456789abcdef';

let sandbox: SandboxProvider;
let receiver: Server;
let receiverUrl = '';
/** What the portal stand-in received, and how many requests it refuses before answering 200. */
const received: { body: string; signature: string | undefined; at: number }[] = [];
let refuseNext = 0;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => resolve(body));
  });
}

beforeAll(async () => {
  // A real HTTP endpoint standing in for the portal's webhook: the sandbox must reach it over the network.
  receiver = createServer(async (req, res) => {
    const body = await readBody(req);
    if (refuseNext > 0) {
      refuseNext--;
      res.writeHead(503).end();
      return;
    }
    received.push({ body, signature: req.headers['x-signature'] as string | undefined, at: Date.now() });
    res.writeHead(200).end('{}');
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const address = receiver.address();
  receiverUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/hook`;
  sandbox = await startSandboxProvider({ apiKey: API_KEY, webhookSecret: SECRET, webhooks: { duplicateRate: 0, jitterMs: 0, retryBaseMs: 40, maxAttempts: 4 } });
});
afterAll(async () => {
  await sandbox.stop();
  await new Promise((r) => receiver.close(r));
});

function paymentRequest(requestId: string, amountCents = 2500): PaymentRequest {
  return {
    requestId,
    amountCents,
    currency: 'EUR',
    purpose: 'RF18539007547034',
    description: 'Gartenwasserzähler – GWZ-2026-000001',
    redirectUrl: 'http://127.0.0.1:1/return',
    notifyUrl: receiverUrl,
    requestor: { id: 'citizen-1' },
    items: [{ id: 'gwz', description: 'Anmeldung', quantity: 1, unitPriceCents: amountCents, bookingData: { costCenter: 'wasser', revenueAccount: '432100', cashReference: 'GWZ-2026-000001' } }],
  };
}

function create(body: unknown, key?: string, auth = `Bearer ${API_KEY}`) {
  return fetch(`${sandbox.url}/api/v1/payments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: auth, ...(key ? { 'Idempotency-Key': key } : {}) },
    body: JSON.stringify(body),
  });
}

describe('sandbox provider API', () => {
  it('creates once per idempotency key, and refuses the key for another payment', async () => {
    const first = await create(paymentRequest('r-1'), 'key-000001');
    expect(first.status).toBe(201);
    const again = await create(paymentRequest('r-1'), 'key-000001');
    expect(again.status).toBe(200);
    const a = await first.json();
    expect((await again.json()).transactionId).toBe(a.transactionId);
    expect(a).toMatchObject({ status: 'INITIAL', amountCents: 2500, reference: 'RF18539007547034' });
    expect((await create(paymentRequest('r-1', 999), 'key-000001')).status).toBe(422);
  });

  it('refuses calls without the key, without an idempotency key, and with a wrong total', async () => {
    expect((await create(paymentRequest('r-2'), 'key-000002', 'Bearer wrong')).status).toBe(401);
    expect((await create(paymentRequest('r-2'))).status).toBe(400);
    const wrongTotal = { ...paymentRequest('r-2'), amountCents: 100 };
    const res = await create(wrongTotal, 'key-000003');
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({ error: 'invalidRequest', field: 'amountCents' });
  });

  it('expires an unfinished payment after 30 minutes: status, open list', async () => {
    const created = await (await create(paymentRequest('r-3'), 'key-000004')).json();
    const status = () => fetch(`${sandbox.url}/api/v1/payments/${created.transactionId}`, { headers: { Authorization: `Bearer ${API_KEY}` } }).then((r) => r.json());
    const open = () => fetch(`${sandbox.url}/api/v1/payments?status=INITIAL`, { headers: { Authorization: `Bearer ${API_KEY}` } }).then((r) => r.json());
    sandbox.advanceClock(29 * 60_000);
    expect((await status()).status).toBe('INITIAL');
    expect((await open()).payments.map((p: { transactionId: string }) => p.transactionId)).toContain(created.transactionId);
    sandbox.advanceClock(2 * 60_000);
    expect(await status()).toMatchObject({ status: 'CANCELED', statusReason: 'EXPIRED' });
    expect((await open()).payments.map((p: { transactionId: string }) => p.transactionId)).not.toContain(created.transactionId);
  });

  it('signs every notification over its raw body and retries until the portal takes it', async () => {
    await sandbox.webhooks.idle();
    received.length = 0;
    refuseNext = 2;
    const failedBefore = sandbox.webhooks.failedAttempts;
    const created = await (await create(paymentRequest('r-4'), 'key-000005')).json();
    const page = await fetch(created.paymentPageUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'outcome=success&method=PAYPAL',
      redirect: 'manual',
    });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('http://127.0.0.1:1/return');
    await sandbox.webhooks.idle();
    expect(sandbox.webhooks.failedAttempts - failedBefore).toBe(2);
    const statuses = received.map((r) => (JSON.parse(r.body) as PaymentNotification).payment.status).sort();
    expect(statuses).toEqual(['INITIAL', 'PAYED']);
    for (const r of received) expect(hasValidSignature(SECRET, Buffer.from(r.body), r.signature)).toBe(true);
    const paid = received.map((r) => JSON.parse(r.body) as PaymentNotification).find((n) => n.payment.status === 'PAYED')!;
    expect(paid.payment).toMatchObject({ method: 'PAYPAL', requestId: 'r-4' });
    expect(paid.payment).not.toHaveProperty('notifyUrl');
  });
});
