import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startPortal, type Portal } from '../../portal';
import { testConfig, uniquePrefix } from '../../test-support/test-portal';
import { CookieJar, loginAtSandbox, send } from './bundid-test-flow';

let portal: Portal;

beforeAll(async () => {
  portal = await startPortal({ ...testConfig(inject('storeUrl'), uniquePrefix()), routing: false, authRateLimitPerMinute: 10_000, identitySandbox: true });
});
afterAll(async () => {
  await portal?.stop();
});

const json = (body: unknown) => ({ method: 'POST', headers: { Origin: portal.url, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const session = async (jar: CookieJar) => ((await (await send(jar, `${portal.url}/api/auth/session`)).json()) as { user: any }).user;
const saveProfile = async (jar: CookieJar, profile: Record<string, unknown>) => {
  const res = await send(jar, `${portal.url}/api/profile`, json({ profile }));
  return { status: res.status, body: (await res.json()) as any };
};

describe('BundID-confirmed profile fields', () => {
  it('keeps what BundID confirmed against a forged edit, and saves the rest', async () => {
    const jar = new CookieJar();
    await send(jar, await loginAtSandbox(portal.url, jar, { person: 'sandbox-erika-mustermann', level: 'substantiell' }));
    expect((await session(jar)).identity.verifiedFields.sort()).toEqual(['houseNumber', 'name', 'postcode', 'street']);
    // A device (or a hand-made request) sends a new name and address with the phone number.
    const saved = await saveProfile(jar, { name: 'Eva Fälscher', street: 'Markt', houseNumber: '1', postcode: '59368', phone: '02389 123', updatedAt: new Date().toISOString() });
    expect(saved.status).toBe(200);
    expect(saved.body.profile).toMatchObject({ name: 'Erika Mustermann', street: 'Steinstraße', houseNumber: '12', postcode: '59368', phone: '02389 123' });
    // Leaving a confirmed field out does not delete it either.
    await saveProfile(jar, { phone: '02389 456', updatedAt: new Date(Date.now() + 1000).toISOString() });
    const read = (await (await send(jar, `${portal.url}/api/profile`)).json()) as any;
    expect(read.profile).toMatchObject({ name: 'Erika Mustermann', street: 'Steinstraße', houseNumber: '12', phone: '02389 456' });
    expect((await session(jar)).name).toBe('Erika Mustermann');
  });
});

describe('unlinking BundID', () => {
  it('is refused for an account BundID alone opens (it would be locked out), and for nobody signed in', async () => {
    const jar = new CookieJar();
    await send(jar, await loginAtSandbox(portal.url, jar, { person: 'sandbox-erika-mustermann', level: 'basis' }));
    const res = await send(jar, `${portal.url}/api/auth/bundid/unlink`, json({ password: 'irgendein passwort' }));
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ error: 'bundid_unlink_needs_password', message: expect.stringContaining('kein Passwort') });
    expect((await send(new CookieJar(), `${portal.url}/api/auth/bundid/unlink`, json({ password: 'x' }))).status).toBe(401);
    expect((await send(jar, `${portal.url}/api/auth/bundid/unlink`, json({ password: 'x', userId: 'someone' }))).status).toBe(400);
  });

  it('takes BundID off a linked password account with its password: fields editable again, BundID sessions ended, a later BundID login is another account', async () => {
    const jar = new CookieJar();
    const email = `unlink-${Date.now()}@example.org`;
    const password = 'ein langes passwort';
    await send(jar, `${portal.url}/api/auth/register`, json({ email, password, name: 'Leyla D.' }));
    const { user } = (await (await send(jar, `${portal.url}/api/auth/login`, json({ email, password }))).json()) as { user: { id: string } };
    await send(jar, await loginAtSandbox(portal.url, jar, { person: 'sandbox-leyla-demir', level: 'substantiell', query: 'verknuepfen=1' }));
    expect((await session(jar)).identity.attributes.street).toBe('Bahnhofstraße');
    // A second device signed in with BundID.
    const other = new CookieJar();
    await send(other, await loginAtSandbox(portal.url, other, { person: 'sandbox-leyla-demir', level: 'hoch' }));
    expect((await session(other)).id).toBe(user.id);

    const wrong = await send(jar, `${portal.url}/api/auth/bundid/unlink`, json({ password: 'nicht das passwort' }));
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toMatchObject({ problems: [{ field: 'password', code: 'wrong' }], message: 'Das Passwort stimmt nicht.' });
    expect((await session(jar)).identity).toBeDefined();

    const done = await send(jar, `${portal.url}/api/auth/bundid/unlink`, json({ password }));
    expect(done.status).toBe(200);
    const after = await session(jar);
    expect(after.id).toBe(user.id);
    expect(after.identity).toBeUndefined();
    expect(after.login).toBeUndefined();
    expect(await session(other)).toBeNull();
    expect((await saveProfile(jar, { street: 'Markt', houseNumber: '1', postcode: '59368', updatedAt: new Date(Date.now() + 5000).toISOString() })).body.profile.street).toBe('Markt');
    expect((await send(jar, `${portal.url}/api/auth/bundid/unlink`, json({ password }))).status).toBe(409);

    const later = new CookieJar();
    await send(later, await loginAtSandbox(portal.url, later, { person: 'sandbox-leyla-demir', level: 'basis' }));
    expect((await session(later)).id).not.toBe(user.id);
  });
});
