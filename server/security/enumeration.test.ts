import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { ApiClient } from '../test-support/api-client';
import { rawRequest } from '../test-support/raw-request';
import { startTestPortal } from '../test-support/test-portal';

/**
 * Finding "account enumeration": login answered an unknown address in ~14 ms and a wrong
 * password in ~270 ms, and registration said 409 email_taken for any existing address, staff
 * included. Both must tell a stranger nothing.
 */
let portal: Portal;

beforeAll(async () => {
  portal = await startTestPortal({ routing: false });
});
afterAll(() => portal.stop());

function post(path: string, body: unknown) {
  return rawRequest(portal.url + path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function loginTime(email: string): Promise<number> {
  const started = performance.now();
  const res = await post('/api/auth/login', { email, password: 'falsch geraten 123' });
  expect(res.status).toBe(401);
  return performance.now() - started;
}

describe('login takes as long for an unknown address as for a wrong password', () => {
  it('medians within a factor of 2 (alternating, so load on the machine hits both alike)', async () => {
    const known = 'buergerin@example.org';
    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < 11; i++) {
      unknown.push(await loginTime(`niemand-${randomUUID()}@example.org`));
      wrong.push(await loginTime(known));
    }
    const ratio = median(wrong) / median(unknown);
    expect(ratio, `wrong ${median(wrong).toFixed(0)} ms, unknown ${median(unknown).toFixed(0)} ms`).toBeLessThan(2);
    expect(ratio).toBeGreaterThan(0.5);
    // 22 scrypt checks on a machine shared with other test files: more than the default 20 s.
  }, 90_000);
});

describe('registration answers a new address and a known one alike', () => {
  it.each([
    ['a citizen', 'buergerin@example.org'],
    ['a staff member', 'admin@stadt-werne.example'],
    ['a citizen, in other letter case and with spaces', ' BuergerIn@Example.org '],
  ])('%s', async (_who, existing) => {
    const fresh = await post('/api/auth/register', { email: `neu-${randomUUID()}@example.org`, password: 'ein langes passwort', name: 'Neu' });
    const taken = await post('/api/auth/register', { email: existing, password: 'ein langes passwort', name: 'Neu' });
    expect(taken.status).toBe(fresh.status);
    expect(taken.json).toEqual(fresh.json);
    expect(Object.keys(taken.headers).sort()).toEqual(Object.keys(fresh.headers).sort());
    expect(taken.headers['set-cookie']).toBeUndefined();
    // Nothing about the existing account changed: its owner still logs in with the old password.
    if (existing.includes('buergerin')) expect((await new ApiClient(portal.url).login('buergerin@example.org', 'werne-demo-buergerin')).status).toBe(200);
  });

  it('a registration never takes over an existing account, whatever the password', async () => {
    const res = await post('/api/auth/register', { email: 'admin@stadt-werne.example', password: 'ein langes passwort', name: 'Übernahme' });
    expect(res.status).toBe(202);
    expect((await post('/api/auth/login', { email: 'admin@stadt-werne.example', password: 'ein langes passwort' })).status).toBe(401);
  });
});
