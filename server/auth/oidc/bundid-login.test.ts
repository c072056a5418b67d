import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startPortal, type Portal } from '../../portal';
import { testConfig, uniquePrefix } from '../../test-support/test-portal';
import { CookieJar, loginAtSandbox, send } from './bundid-test-flow';
import { TRANSACTION_COOKIE } from './login-transaction';

let portal: Portal;

beforeAll(async () => {
  portal = await startPortal({ ...testConfig(inject('storeUrl'), uniquePrefix()), routing: false, authRateLimitPerMinute: 10_000, identitySandbox: true });
});
afterAll(async () => {
  await portal?.stop();
});

async function session(jar: CookieJar) {
  const res = await send(jar, `${portal.url}/api/auth/session`);
  return (await res.json()) as { user: any };
}

const ERIKA = 'sandbox-erika-mustermann';

describe('BundID login through the identity sandbox', () => {
  it('a first login creates the account with the verified attributes; a later one finds it', async () => {
    const jar = new CookieJar();
    const callback = await loginAtSandbox(portal.url, jar, { person: ERIKA, level: 'substantiell', query: 'weiter=%2Fprofil' });
    const done = await send(jar, callback);
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/profil');
    const { user } = await session(jar);
    expect(user).toMatchObject({
      role: 'citizen',
      name: 'Erika Mustermann',
      profile: { name: 'Erika Mustermann', street: 'Steinstraße', houseNumber: '12', postcode: '59368' },
      identity: { provider: 'bundid', trustLevel: 'substantiell', attributes: { birthdate: '1964-08-12', locality: 'Werne' } },
      login: { provider: 'bundid', trustLevel: 'substantiell' },
    });
    expect(user.identity.verifiedFields.sort()).toEqual(['houseNumber', 'name', 'postcode', 'street']);
    expect(user.identity.sub).toBeUndefined();

    const again = new CookieJar();
    await send(again, await loginAtSandbox(portal.url, again, { person: ERIKA, level: 'basis' }));
    const second = await session(again);
    expect(second.user.id).toBe(user.id);
    expect(second.user.login.trustLevel).toBe('basis');
  });

  it('refuses a callback whose state is not this browser’s: 400, no session', async () => {
    const jar = new CookieJar();
    const callback = new URL(await loginAtSandbox(portal.url, jar, { person: ERIKA, level: 'basis' }));
    callback.searchParams.set('state', 'forged-state');
    const res = await send(jar, callback.href);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Anmeldung mit BundID hat nicht geklappt');
    expect(jar.get('bp_session')).toBeUndefined();
    expect((await session(jar)).user).toBeNull();
  });

  it('refuses a callback in a browser that never started a login (login CSRF): 400', async () => {
    const callback = await loginAtSandbox(portal.url, new CookieJar(), { person: ERIKA, level: 'basis' });
    const victim = new CookieJar();
    const res = await send(victim, callback);
    expect(res.status).toBe(400);
    expect((await session(victim)).user).toBeNull();
  });

  it('refuses a forged code and a replayed code: 401, no session', async () => {
    const jar = new CookieJar();
    const callback = new URL(await loginAtSandbox(portal.url, jar, { person: ERIKA, level: 'hoch' }));
    const transaction = jar.get(TRANSACTION_COOKIE)!;
    const forged = new URL(callback);
    forged.searchParams.set('code', 'x'.repeat(43));
    const forgedRes = await send(jar, forged.href);
    expect(forgedRes.status).toBe(401);
    expect((await session(jar)).user).toBeNull();

    // The real code, once: a session. Then the same answer again, with the transaction cookie put back.
    const other = new CookieJar();
    const real = await loginAtSandbox(portal.url, other, { person: ERIKA, level: 'hoch' });
    const kept = other.get(TRANSACTION_COOKIE)!;
    expect((await send(other, real)).status).toBe(303);
    const replay = new CookieJar();
    replay.set(TRANSACTION_COOKIE, kept);
    const replayed = await send(replay, real);
    expect(replayed.status).toBe(401);
    expect(replay.get('bp_session')).toBeUndefined();
    expect(transaction).not.toBe(kept);
  });

  it('refuses an answer naming another issuer: 4xx, no session', async () => {
    const jar = new CookieJar();
    const callback = new URL(await loginAtSandbox(portal.url, jar, { person: ERIKA, level: 'basis' }));
    expect(callback.searchParams.get('iss')).toBe(portal.identitySandbox!.issuer);
    callback.searchParams.set('iss', 'https://evil.example');
    const res = await send(jar, callback.href);
    expect(res.status).toBe(401);
    expect((await session(jar)).user).toBeNull();
  });

  // Before the test that links Leyla: her BundID is still free here.
  it('never links a BundID login another account holds, nor a second BundID to an account that has one', async () => {
    const origin = { Origin: portal.url, 'Content-Type': 'application/json' };
    const passwordAccount = async (name: string) => {
      const jar = new CookieJar();
      const email = `${name}-${Date.now()}@example.org`;
      await send(jar, `${portal.url}/api/auth/register`, { method: 'POST', headers: origin, body: JSON.stringify({ email, password: 'ein langes passwort', name }) });
      const login = () => send(jar, `${portal.url}/api/auth/login`, { method: 'POST', headers: origin, body: JSON.stringify({ email, password: 'ein langes passwort' }) });
      const { user } = (await (await login()).json()) as { user: { id: string } };
      return { jar, id: user.id, login };
    };
    // Erika's BundID opens an account of its own (made here, or by the first test).
    const erika = new CookieJar();
    await send(erika, await loginAtSandbox(portal.url, erika, { person: ERIKA, level: 'basis' }));
    const erikasAccount = (await session(erika)).user.id as string;

    // Mallory, signed in with her password, links Erika's BundID: refused; still Mallory's own password session.
    const mallory = await passwordAccount('mallory');
    const refused = await send(mallory.jar, await loginAtSandbox(portal.url, mallory.jar, { person: ERIKA, level: 'substantiell', query: 'verknuepfen=1' }));
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain('gehört schon zu einem anderen Konto');
    const after = (await session(mallory.jar)).user;
    expect([after.id, after.identity, after.login]).toEqual([mallory.id, undefined, undefined]);
    const again = new CookieJar();
    await send(again, await loginAtSandbox(portal.url, again, { person: ERIKA, level: 'basis' }));
    expect((await session(again)).user.id).toBe(erikasAccount);

    // Jonas links his own BundID. A second, free one (Leyla's) on top would let two people open
    // one account: refused, and Leyla's BundID stays free (a login with it is another account).
    const jonas = await passwordAccount('jonas');
    await send(jonas.jar, await loginAtSandbox(portal.url, jonas.jar, { person: 'sandbox-jonas-becker', level: 'basis', query: 'verknuepfen=1' }));
    expect((await session(jonas.jar)).user.identity.attributes.givenName).toBe('Jonas');
    await jonas.login();
    const second = await send(jonas.jar, await loginAtSandbox(portal.url, jonas.jar, { person: 'sandbox-leyla-demir', level: 'basis', query: 'verknuepfen=1' }));
    expect(second.status).toBe(409);
    expect(await second.text()).toContain('schon mit einer anderen BundID verknüpft');
    expect((await session(jonas.jar)).user.identity.attributes.givenName).toBe('Jonas');
    const jonasByBundId = new CookieJar();
    await send(jonasByBundId, await loginAtSandbox(portal.url, jonasByBundId, { person: 'sandbox-jonas-becker', level: 'basis' }));
    expect((await session(jonasByBundId)).user.id).toBe(jonas.id);
  }, 60_000);

  it('links BundID to a password account only from that account’s own session', async () => {
    const jar = new CookieJar();
    const email = `link-${Date.now()}@example.org`;
    const origin = { Origin: portal.url, 'Content-Type': 'application/json' };
    await send(jar, `${portal.url}/api/auth/register`, { method: 'POST', headers: origin, body: JSON.stringify({ email, password: 'ein langes passwort', name: 'Leyla D.' }) });
    const login = await send(jar, `${portal.url}/api/auth/login`, { method: 'POST', headers: origin, body: JSON.stringify({ email, password: 'ein langes passwort' }) });
    const { user } = (await login.json()) as { user: { id: string } };

    // Without a password session a link is refused before anything leaves for the provider.
    const anonymous = await send(new CookieJar(), `${portal.url}/api/auth/bundid/start?verknuepfen=1`);
    expect(anonymous.status).toBe(403);

    await send(jar, await loginAtSandbox(portal.url, jar, { person: 'sandbox-leyla-demir', level: 'substantiell', query: 'verknuepfen=1' }));
    const linked = await session(jar);
    expect(linked.user.id).toBe(user.id);
    expect(linked.user.email).toBe(email);
    expect(linked.user.identity.attributes.street).toBe('Bahnhofstraße');

    // Later, BundID alone opens the same account.
    const later = new CookieJar();
    await send(later, await loginAtSandbox(portal.url, later, { person: 'sandbox-leyla-demir', level: 'basis' }));
    expect((await session(later)).user.id).toBe(user.id);
  });

  it('logout ends the local session and names the provider’s end_session_endpoint', async () => {
    const jar = new CookieJar();
    await send(jar, await loginAtSandbox(portal.url, jar, { person: ERIKA, level: 'basis' }));
    const res = await send(jar, `${portal.url}/api/auth/bundid/logout`, { method: 'POST', headers: { Origin: portal.url, 'Content-Type': 'application/json' }, body: '{}' });
    const body = (await res.json()) as { endSessionUrl: string };
    expect(body.endSessionUrl.startsWith(`${portal.identitySandbox!.issuer}/session/end`)).toBe(true);
    expect(new URL(body.endSessionUrl).searchParams.get('post_logout_redirect_uri')).toBe(`${portal.url}/`);
    expect((await session(jar)).user).toBeNull();
  });
});
