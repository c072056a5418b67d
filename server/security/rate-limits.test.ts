import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTrustProxy } from '../http/trust-proxy';
import type { Portal } from '../portal';
import { ApiClient } from '../test-support/api-client';
import { rawRequest } from '../test-support/raw-request';
import { startTestPortal } from '../test-support/test-portal';

/**
 * Finding "rate limits behind a proxy": X-Forwarded-For was believed from loopback, so a new
 * forged address per attempt got past the login limit. Now forwarding headers count only from
 * proxies named in TRUST_PROXY, and attempts are limited per target account as well.
 */
const LIMIT = 5;

function login(portal: Portal, email: string, forwardedFor?: string) {
  return rawRequest(portal.url + '/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {}) },
    body: JSON.stringify({ email, password: 'falsch geraten 123' }),
  });
}

describe('without TRUST_PROXY (the default)', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startTestPortal({ routing: false, authRateLimitPerMinute: LIMIT });
  });
  afterAll(() => portal.stop());

  it('a forged X-Forwarded-For per attempt does not reset the limit', async () => {
    const statuses: number[] = [];
    // A different account each time too, so only the per-address limit can stop this.
    for (let i = 0; i < LIMIT + 3; i++) statuses.push((await login(portal, `opfer-${i}@example.org`, `203.0.113.${i + 1}`)).status);
    expect(statuses.slice(0, LIMIT)).toEqual(Array(LIMIT).fill(401));
    expect(statuses.slice(LIMIT)).toEqual([429, 429, 429]);
  });
});

describe('behind a named proxy (TRUST_PROXY=loopback)', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startTestPortal({ routing: false, authRateLimitPerMinute: LIMIT, env: { TRUST_PROXY: 'loopback' } });
  });
  afterAll(() => portal.stop());

  it('clients behind the proxy are told apart by X-Forwarded-For', async () => {
    for (let i = 0; i < LIMIT; i++) expect((await login(portal, `a-${i}@example.org`, '198.51.100.1')).status).toBe(401);
    expect((await login(portal, 'a-x@example.org', '198.51.100.1')).status).toBe(429);
    expect((await login(portal, 'b@example.org', '198.51.100.2')).status).toBe(401);
  });

  it('one account gets only LIMIT guesses a minute, from however many addresses', async () => {
    const citizen = new ApiClient(portal.url);
    const { email } = await citizen.register();
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 2; i++) statuses.push((await login(portal, email.toUpperCase(), `192.0.2.${i + 10}`)).status);
    expect(statuses.slice(0, LIMIT)).toEqual(Array(LIMIT).fill(401));
    expect(statuses.slice(LIMIT)).toEqual([429, 429]);
  });
});

describe('TRUST_PROXY names proxies, nothing vaguer', () => {
  it('takes addresses, CIDR ranges and Express’s range names; refuses "true" and hop counts', () => {
    expect(parseTrustProxy(undefined)).toEqual([]);
    expect(parseTrustProxy('10.0.0.5, 192.168.0.0/16,loopback,::1')).toEqual(['10.0.0.5', '192.168.0.0/16', 'loopback', '::1']);
    expect(() => parseTrustProxy('true')).toThrow(/TRUST_PROXY/);
    expect(() => parseTrustProxy('1')).toThrow(/TRUST_PROXY/);
    expect(() => parseTrustProxy('proxy.example')).toThrow(/TRUST_PROXY/);
  });
});
