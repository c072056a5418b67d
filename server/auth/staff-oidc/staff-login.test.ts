import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startPortal, type Portal } from '../../portal';
import { ApiClient } from '../../test-support/api-client';
import { confirmFixtureAccountsOf } from '../../test-support/fixture-accounts';
import { testConfig, uniquePrefix } from '../../test-support/test-portal';
import { CookieJar, send } from '../oidc/bundid-test-flow';
import { STAFF_CALLBACK_PATH } from './staff-login-routes';
import { startStaffTestProvider } from '../../test-support/staff-oidc-provider';

const people = new Map<string, string | undefined>();
let provider: Awaited<ReturnType<typeof startStaffTestProvider>>;
let portal: Portal;

beforeAll(async () => {
  provider = await startStaffTestProvider(people);
  const config = testConfig(inject('storeUrl'), uniquePrefix(), {
    STAFF_OIDC_ISSUER: provider.issuer,
    STAFF_OIDC_CLIENT_ID: provider.clientId,
    STAFF_OIDC_CLIENT_SECRET: provider.clientSecret,
  });
  portal = await startPortal({ ...config, routing: false, authRateLimitPerMinute: 10_000, demoPasswordHashes: inject('demoPasswordHashes') });
  confirmFixtureAccountsOf(portal);
  provider.allow(portal.url + STAFF_CALLBACK_PATH);
}, 120_000);
afterAll(async () => {
  await portal?.stop();
  await provider?.stop();
});

async function location(res: Response, base: string): Promise<string> {
  const to = res.headers.get('location');
  if (!to) throw new Error(`expected a redirect from ${base}, got ${res.status}`);
  return new URL(to, base).href;
}

/** Start at the portal, log in at the city's provider as `sub`: the callback URL the provider sends the browser to. */
async function loginAtProvider(jar: CookieJar, sub: string): Promise<string> {
  const start = await send(jar, `${portal.url}/api/auth/staff-login/start`);
  expect(start.status).toBe(303);
  const idp = new CookieJar();
  const authorize = await location(start, portal.url);
  let url = await location(await send(idp, authorize), authorize);
  url = await location(await send(idp, url, { method: 'POST', body: new URLSearchParams({ sub }), headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }), url);
  for (let hop = 0; hop < 5 && !url.startsWith(portal.url); hop++) url = await location(await send(idp, url), url);
  return url;
}

async function signIn(sub: string) {
  const jar = new CookieJar();
  const res = await send(jar, await loginAtProvider(jar, sub));
  const session = (await (await send(jar, `${portal.url}/api/auth/session`)).json()) as { user: { id: string; role: string; email: string } | null };
  return { res, user: session.user, page: res.status === 303 ? '' : await res.text() };
}

describe("staff login through the city's own OpenID provider", () => {
  it('is offered when configured', async () => {
    expect((await new ApiClient(portal.url).call('GET', '/api/auth/staff-login')).body).toEqual({ available: true });
  });

  it('opens the staff account the administrator created (by e-mail), then by the sub alone; roles stay the administrator’s', async () => {
    people.set('city-ab-1', 'Abfall@Stadt-Werne.example');
    const first = await signIn('city-ab-1');
    expect(first.res.status).toBe(303);
    expect(first.res.headers.get('location')).toBe('/sachbearbeitung');
    expect(first.user).toMatchObject({ email: 'abfall@stadt-werne.example', role: 'clerk', department: 'abfall' });
    // The address changes at the city: the bound sub still opens the same account.
    people.set('city-ab-1', 'a.bfall-neu@stadt-werne.example');
    const later = await signIn('city-ab-1');
    expect(later.user?.id).toBe(first.user!.id);
    // Another city login with the same address can't take the account over.
    people.set('city-ab-2', 'abfall@stadt-werne.example');
    const other = await signIn('city-ab-2');
    expect(other.res.status).toBe(403);
    expect(other.user).toBeNull();
    expect(other.page).toContain('schon mit einer anderen Anmeldung der Stadt verbunden');
  }, 60_000);

  it('refuses an unknown person and a citizen with a clear German page: no account is created, no session', async () => {
    people.set('city-unbekannt', 'niemand@stadt-werne.example');
    const unknown = await signIn('city-unbekannt');
    expect(unknown.res.status).toBe(403);
    expect(unknown.user).toBeNull();
    expect(unknown.page).toContain('Zu Ihrem Dienstkonto gibt es im Bürgerportal kein Konto für Mitarbeitende');
    const citizen = new ApiClient(portal.url);
    const { email } = await citizen.register('Bürgerin Mit Dienstadresse');
    people.set('city-buergerin', email);
    const asCitizen = await signIn('city-buergerin');
    expect(asCitizen.res.status).toBe(403);
    expect(asCitizen.user).toBeNull();
    // The same words as for an unknown person: the page tells nobody which addresses have citizen accounts.
    expect(asCitizen.page).toBe(unknown.page);
    expect((await citizen.call('GET', '/api/auth/me')).body.user.role).toBe('citizen');
    const staff = (await (async () => {
      const admin = new ApiClient(portal.url);
      await admin.login('admin@stadt-werne.example', 'werne-demo-admin');
      return (await admin.call('GET', '/api/admin/staff')).body.staff as { email: string }[];
    })()).map((s) => s.email);
    expect(staff).not.toContain('niemand@stadt-werne.example');
    expect(staff).not.toContain(email);
  }, 60_000);

  it('refuses a deactivated staff account and a callback this browser never started', async () => {
    const admin = new ApiClient(portal.url);
    await admin.login('admin@stadt-werne.example', 'werne-demo-admin');
    const ordnung = ((await admin.call('GET', '/api/admin/staff')).body.staff as { id: string; email: string }[]).find((s) => s.email === 'ordnung@stadt-werne.example')!;
    await admin.call('POST', `/api/admin/staff/${ordnung.id}/deactivate`, {});
    people.set('city-ordnung', 'ordnung@stadt-werne.example');
    const refused = await signIn('city-ordnung');
    expect([refused.res.status, refused.user]).toEqual([403, null]);
    expect(refused.page).toContain('deaktiviert');
    const callback = await loginAtProvider(new CookieJar(), 'city-ab-1');
    const victim = new CookieJar();
    expect((await send(victim, callback)).status).toBe(400);
    expect(victim.get('bp_session')).toBeUndefined();
  }, 60_000);
});
