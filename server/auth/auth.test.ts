import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { ApiClient } from '../test-support/api-client';
import { Sessions } from './sessions';
import { startTestPortal } from '../test-support/test-portal';

let portal: Portal;
beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(() => portal.stop());

describe('accounts over HTTP', () => {
  it('registers, keeps the session in an HttpOnly SameSite cookie, and logs out', async () => {
    const res = await fetch(portal.url + '/api/auth/register', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'Anna.Beispiel@Example.org ', password: 'ein langes passwort', name: 'Anna Beispiel' }),
    });
    // Accepted without a session: the answer must read the same for an address that had an account.
    expect(res.status).toBe(202);
    expect(res.headers.get('set-cookie')).toBeNull();
    const first = await fetch(portal.url + '/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'anna.beispiel@example.org', password: 'ein langes passwort' }),
    });
    expect(first.status).toBe(200);
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^bp_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const client = new ApiClient(portal.url);
    const login = await client.login('anna.beispiel@example.org', 'ein langes passwort');
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ email: 'anna.beispiel@example.org', name: 'Anna Beispiel', role: 'citizen' });
    expect((await client.call('GET', '/api/auth/me')).status).toBe(200);
    expect((await client.call('POST', '/api/auth/logout')).status).toBe(204);
    // The old cookie is dead on the server too, not only forgotten by the browser.
    const stale = await fetch(portal.url + '/api/auth/me', { headers: { Cookie: client.cookieHeader } });
    expect(stale.status).toBe(401);
  });

  it('stores only a scrypt hash of the password', async () => {
    const client = new ApiClient(portal.url);
    const user = await client.register();
    const doc = await portal.store.users.get(`user:${user.id}`);
    expect(doc.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(JSON.stringify(doc)).not.toContain('correct horse battery');
  });

  it('names every problem of a bad registration in German', async () => {
    const client = new ApiClient(portal.url);
    const res = await client.call('POST', '/api/auth/register', { email: 'kein-at-zeichen', password: 'kurz', name: '' });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('validation_failed');
    expect(res.body.problems.map((p: { field: string; code: string }) => `${p.field}:${p.code}`)).toEqual([
      'email:format',
      'password:tooShort',
      'name:required',
    ]);
    expect(res.body.message).not.toMatch(/apiErrors/);
  });

  it('makes no second account for the same address (answered like a new one) and refuses a wrong password', async () => {
    const client = new ApiClient(portal.url);
    const user = await client.register();
    const again = await client.call('POST', '/api/auth/register', { email: user.email.toUpperCase(), password: 'noch ein passwort', name: 'X' });
    expect(again.status).toBe(202);
    expect((await new ApiClient(portal.url).login(user.email, 'noch ein passwort')).status).toBe(401);
    expect((await new ApiClient(portal.url).login(user.email, 'correct horse battery')).status).toBe(200);
    const wrong = await new ApiClient(portal.url).login(user.email, 'falsches passwort');
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toBe('invalid_credentials');
    const unknown = await new ApiClient(portal.url).login('niemand@example.org', 'falsches passwort');
    expect(unknown.body).toEqual(wrong.body);
  });

  it('refuses state-changing calls that are not JSON (a cross-site form cannot send JSON)', async () => {
    const res = await fetch(portal.url + '/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'email=a&password=b',
    });
    expect(res.status).toBe(415);
  });

  it('reports store reachability on /healthz', async () => {
    const res = await fetch(portal.url + '/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', store: 'ok' });
  });
});

describe('session expiry', () => {
  it('refuses an expired session and sweeps it from the store', async () => {
    const client = new ApiClient(portal.url);
    await client.register();
    expect((await client.call('GET', '/api/auth/me')).status).toBe(200);
    // Age every session of this store by forty days.
    const all = await portal.store.sessions.list({ include_docs: true });
    const aged = all.rows
      .filter((r) => r.id.startsWith('session:'))
      .map((r) => ({ ...(r.doc as object), expiresAt: new Date(Date.now() - 10 * 86_400_000).toISOString() }));
    await portal.store.sessions.bulk({ docs: aged });
    expect((await client.call('GET', '/api/auth/me')).status).toBe(401);
    const sessions = new Sessions(portal.store, 'unused-secret'.padEnd(40, 'x'), 30);
    expect(await sessions.removeExpired()).toBe(aged.length);
    const left = await portal.store.sessions.list();
    expect(left.rows.filter((r) => r.id.startsWith('session:'))).toEqual([]);
  });
});
