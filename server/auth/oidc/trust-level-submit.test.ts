import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { catalogueEntries, type CatalogueEntry, type FormService } from '../../../domain/catalogue';
import { SPERRMUELLKARTE_V2 } from '../../../domain/catalogue/services/sperrmuellkarte';
import { startPortal, type Portal } from '../../portal';
import { markEmailConfirmed } from '../email';
import { findUserByEmail } from '../users';
import { sperrmuellDraft, submitted } from '../../test-support/api-client';
import { testConfig, uniquePrefix } from '../../test-support/test-portal';
import { CookieJar, loginAtSandbox, send } from './bundid-test-flow';

// A service of this test only, asking "substantiell": the real catalogue may change its services.
const NEEDS_SUBSTANTIELL: FormService = { ...SPERRMUELLKARTE_V2, id: 'vertrauenstest', version: 1, trustLevel: 'substantiell' };
let portal: Portal;

beforeAll(async () => {
  (catalogueEntries() as CatalogueEntry[]).push(NEEDS_SUBSTANTIELL);
  portal = await startPortal({ ...testConfig(inject('storeUrl'), uniquePrefix()), routing: false, authRateLimitPerMinute: 10_000, identitySandbox: true });
});
afterAll(async () => {
  const entries = catalogueEntries() as CatalogueEntry[];
  entries.splice(entries.indexOf(NEEDS_SUBSTANTIELL), 1);
  await portal?.stop();
});

async function bundIdSession(level: string): Promise<CookieJar> {
  const jar = new CookieJar();
  await send(jar, await loginAtSandbox(portal.url, jar, { person: 'sandbox-erika-mustermann', level }));
  return jar;
}

async function push(jar: CookieJar, doc: unknown, assumedMasterState: unknown = null) {
  const res = await send(jar, `${portal.url}/api/sync/requests/push`, {
    method: 'POST',
    headers: { Origin: portal.url, 'Content-Type': 'application/json' },
    body: JSON.stringify({ rows: [{ assumedMasterState, newDocumentState: doc }] }),
  });
  return { status: res.status, body: (await res.json()) as any };
}

async function stored(jar: CookieJar, id: string) {
  const res = await send(jar, `${portal.url}/api/sync/requests/pull`, {
    method: 'POST',
    headers: { Origin: portal.url, 'Content-Type': 'application/json' },
    body: JSON.stringify({ checkpoint: null, batchSize: 100 }),
  });
  return ((await res.json()) as any).documents.find((d: { id: string }) => d.id === id);
}

describe('a service’s trust level, enforced at submit', () => {
  it('refuses a forged submit from a session below the level (kept as a draft saying why), keeps drafting open, and accepts it at the level', async () => {
    const basis = await bundIdSession('basis');
    const draft = sperrmuellDraft({ serviceId: NEEDS_SUBSTANTIELL.id, catalogueVersion: 1 });
    expect((await push(basis, draft)).status).toBe(200);

    // The device would not offer "send"; a hand-made push with status "submitted" is refused.
    const master = await stored(basis, draft.id);
    const forged = await push(basis, submitted(master), master);
    expect(forged.status).toBe(200);
    expect(forged.body.conflicts).toMatchObject([{ id: draft.id, status: 'draft', problems: [{ field: 'status', code: 'trustLevel', params: { level: 'substantiell' } }] }]);
    const held = await stored(basis, draft.id);
    expect(held.status).toBe('draft');

    // The same person, logged in again at "substantiell", sends it.
    const substantiell = await bundIdSession('substantiell');
    const sent = await push(substantiell, submitted(held), held);
    expect(sent.status).toBe(200);
    expect(sent.body.conflicts).toEqual([]);
    expect((await stored(substantiell, draft.id)).status).toBe('submitted');
  });

  it('refuses it from a password login, which has no trust level', async () => {
    const jar = new CookieJar();
    const origin = { Origin: portal.url, 'Content-Type': 'application/json' };
    const email = `trust-${Date.now()}@example.org`;
    await send(jar, `${portal.url}/api/auth/register`, { method: 'POST', headers: origin, body: JSON.stringify({ email, password: 'ein langes passwort', name: 'Ohne BundID' }) });
    // A confirmed address, so only the trust level can stand in the way.
    const account = await findUserByEmail(portal.store, email);
    await markEmailConfirmed(portal.store, account!.id, email);
    await send(jar, `${portal.url}/api/auth/login`, { method: 'POST', headers: origin, body: JSON.stringify({ email, password: 'ein langes passwort' }) });
    const draft = sperrmuellDraft({ serviceId: NEEDS_SUBSTANTIELL.id, catalogueVersion: 1 });
    expect((await push(jar, submitted(draft))).body.conflicts).toMatchObject([{ status: 'draft', problems: [{ code: 'trustLevel' }] }]);
    // A service without a trust level is sent as before.
    expect((await push(jar, submitted(sperrmuellDraft()))).body.conflicts).toEqual([]);
  });
});
