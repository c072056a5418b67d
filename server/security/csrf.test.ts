import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { ApiClient } from '../test-support/api-client';
import { rawRequest } from '../test-support/raw-request';
import { startTestPortal } from '../test-support/test-portal';

/**
 * Finding "CSRF with an empty body": a cross-site form POST with an empty url-encoded body
 * passed the JSON-only rule, deactivated a staff account and logged people out.
 */
let portal: Portal;
let admin: ApiClient;

beforeAll(async () => {
  portal = await startTestPortal({ routing: false });
  admin = new ApiClient(portal.url);
  expect((await admin.login('admin@stadt-werne.example', 'werne-demo-admin')).status).toBe(200);
});
afterAll(() => portal.stop());

/** What an attacker's page makes the victim's browser send: the victim's cookie, an empty form body. */
function crossSitePost(path: string, cookie: string, headers: Record<string, string>) {
  return rawRequest(portal.url + path, {
    method: 'POST',
    headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': '0', ...headers },
  });
}

async function staffId(email: string): Promise<string> {
  const { staff } = (await admin.call('GET', '/api/admin/staff')).body as { staff: { id: string; email: string }[] };
  return staff.find((a) => a.email === email)!.id;
}

const FOREIGN: { name: string; headers: Record<string, string> }[] = [
  { name: 'Origin of another site', headers: { Origin: 'https://evil.example' } },
  { name: 'Origin null (sandboxed frame, data: URL)', headers: { Origin: 'null' } },
  { name: 'Origin of the same host on another port', headers: { Origin: new URL('http://127.0.0.1:1').origin } },
  { name: 'no Origin, Sec-Fetch-Site cross-site', headers: { 'Sec-Fetch-Site': 'cross-site' } },
  { name: 'no Origin, Sec-Fetch-Site same-site (a sibling subdomain)', headers: { 'Sec-Fetch-Site': 'same-site' } },
];

describe('state-changing requests from another site are refused, whatever the body', () => {
  it.each(FOREIGN)('deactivating a staff account: $name', async ({ headers }) => {
    const id = await staffId('abfall@stadt-werne.example');
    const res = await crossSitePost(`/api/admin/staff/${id}/deactivate`, admin.cookieHeader, headers);
    expect(res.status).toBe(403);
    expect(res.json.error).toBe('cross_site_request');
    const { staff } = (await admin.call('GET', '/api/admin/staff')).body as { staff: { id: string; active: boolean }[] };
    expect(staff.find((a) => a.id === id)!.active).toBe(true);
  });

  it.each(FOREIGN)('logging someone out: $name', async ({ headers }) => {
    const citizen = new ApiClient(portal.url);
    await citizen.register();
    expect((await crossSitePost('/api/auth/logout', citizen.cookieHeader, headers)).status).toBe(403);
    expect((await citizen.call('GET', '/api/auth/me')).status).toBe(200);
  });

  it.each(['PUT', 'PATCH', 'DELETE'])('%s from another site is refused too', async (method) => {
    const res = await rawRequest(portal.url + '/api/admin/staff/x', { method, headers: { Cookie: admin.cookieHeader, Origin: 'https://evil.example', 'Content-Length': '0' } });
    expect(res.status).toBe(403);
    expect(res.json.error).toBe('cross_site_request');
  });

  it('the portal’s own pages still work: same Origin, Sec-Fetch-Site same-origin, or a program without either', async () => {
    const citizen = new ApiClient(portal.url);
    await citizen.register();
    const own = await crossSitePost('/api/auth/logout', citizen.cookieHeader, { Origin: portal.url, 'Sec-Fetch-Site': 'same-origin' });
    expect(own.status).toBe(204);
    const again = new ApiClient(portal.url);
    await again.register();
    expect((await crossSitePost('/api/auth/logout', again.cookieHeader, { 'Sec-Fetch-Site': 'same-origin' })).status).toBe(204);
    // Under localhost as well as 127.0.0.1: the same process on loopback.
    const third = new ApiClient(portal.url);
    await third.register();
    expect((await crossSitePost('/api/auth/logout', third.cookieHeader, { Origin: portal.url.replace('127.0.0.1', 'localhost') })).status).toBe(204);
  });

  it('reading stays open to links from elsewhere (GET is never state-changing)', async () => {
    const res = await rawRequest(portal.url + '/api/auth/me', { headers: { Cookie: admin.cookieHeader, Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' } });
    expect(res.status).toBe(200);
  });

  it('the provider’s signed webhook is the one exception: checked by its signature, not its origin', async () => {
    const res = await rawRequest(portal.url + '/api/payments/webhook', {
      method: 'POST',
      headers: { Origin: 'https://provider.example', 'Content-Type': 'application/json', 'X-Signature': 'sha256=' + '0'.repeat(64) },
      body: '{"paymentId":"x"}',
    });
    expect(res.status).not.toBe(403);
    expect(res.json?.error).not.toBe('cross_site_request');
  });
});
