import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { ApiClient } from '../test-support/api-client';
import { startTestPortal } from '../test-support/test-portal';

let portal: Portal;

beforeAll(async () => {
  portal = await startTestPortal({ routing: false });
});

afterAll(async () => {
  await portal?.stop();
});

describe('GET /api/auth/session, the app\'s start-up question', () => {
  it('answers an anonymous visitor 200 with nobody signed in (no 401 in the console)', async () => {
    const res = await new ApiClient(portal.url).call('GET', '/api/auth/session');
    expect(res).toEqual({ status: 200, body: { user: null, expired: false } });
  });

  it('names the signed-in person, and says "expired" to a device whose session ended', async () => {
    const client = new ApiClient(portal.url);
    const person = await client.register('Selma Sitzung');
    const signedIn = await client.call('GET', '/api/auth/session');
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toMatchObject({ user: { id: person.id, role: 'citizen' }, expired: false });
    expect(signedIn.body.user.passwordHash).toBeUndefined();
    expect((await client.call('POST', '/api/auth/logout')).status).toBe(204);
    // The client keeps sending the dead cookie, as a device offline during logout would.
    expect(await client.call('GET', '/api/auth/session')).toEqual({ status: 200, body: { user: null, expired: true } });
    // A forged cookie is no session either.
    const forged = await fetch(`${portal.url}/api/auth/session`, { headers: { Cookie: 'bp_session=not-a-session' } });
    expect(await forged.json()).toEqual({ user: null, expired: true });
  });
});
