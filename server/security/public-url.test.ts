import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { ApiClient } from '../test-support/api-client';
import { chooseOnHostedPage, startPaymentTestPortal, type PaymentTestPortal } from '../test-support/payment-test-portal';
import { rawRequest } from '../test-support/raw-request';

/** Finding "Host header in the payment return address": absolute URLs came from the request's Host. */
let env: PaymentTestPortal;
let citizen: ApiClient;

beforeAll(async () => {
  env = await startPaymentTestPortal();
  citizen = new ApiClient(env.portal.url);
  await citizen.register();
});
afterAll(() => env.stop());

const FORGED: { name: string; headers: Record<string, string> }[] = [
  { name: 'Host', headers: { Host: 'evil.example' } },
  { name: 'X-Forwarded-Host and -Proto', headers: { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' } },
];

describe('the provider sends the payer back to the portal, never to an address from the request', () => {
  it.each(FORGED)('forged $name', async ({ headers }) => {
    const id = await citizen.sendRouted({ volume: '3' });
    const started = await rawRequest(`${env.portal.url}/api/requests/${id}/payments`, {
      method: 'POST',
      headers: { Cookie: citizen.cookieHeader, 'Idempotency-Key': `key-${randomUUID()}`, 'Content-Length': '0', ...headers },
    });
    expect(started.status, started.text).toBe(201);
    const choice = await chooseOnHostedPage(started.json.redirectUrl, 'cancel');
    expect(choice.location).toBe(`${env.portal.url}/api/payments/${started.json.paymentId}/return`);
  });
});

describe('PUBLIC_URL at start-up', () => {
  const base = { SESSION_SECRET: 'x'.repeat(40), DATA_DIR: '/tmp/bp-config-test' };

  it('is required once the portal listens beyond loopback, with a clear message', () => {
    expect(() => loadConfig({ ...base, HOST: '0.0.0.0' })).toThrow(/PUBLIC_URL fehlt/);
    expect(() => loadConfig({ ...base, HOST: '192.0.2.10' })).toThrow(/PUBLIC_URL fehlt/);
    expect(loadConfig({ ...base, HOST: '0.0.0.0', PUBLIC_URL: 'https://buergerportal.werne.de/' }).publicUrl).toBe('https://buergerportal.werne.de');
  });

  it('defaults to the listen address on loopback, and refuses what is not an origin', () => {
    expect(loadConfig({ ...base, HOST: '127.0.0.1' }).publicUrl).toBeUndefined();
    expect(loadConfig({ ...base }).publicUrl).toBeUndefined();
    expect(() => loadConfig({ ...base, PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ ...base, PUBLIC_URL: 'https://werne.de/?x=' })).toThrow(/PUBLIC_URL/);
  });
});
