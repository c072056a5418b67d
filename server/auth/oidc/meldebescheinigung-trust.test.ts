import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findService } from '../../../domain/catalogue';
import { startPortal, type Portal } from '../../portal';
import { ApiClient, eventually, sperrmuellDraft, submitted } from '../../test-support/api-client';
import { confirmFixtureAccountsOf } from '../../test-support/fixture-accounts';
import { testConfig, uniquePrefix } from '../../test-support/test-portal';
import { CookieJar, loginAtSandbox, send } from './bundid-test-flow';

/**
 * Issue 13, "a service may require a trust level": the catalogue's Meldebescheinigung asks for
 * BundID at "substantiell". Below it nothing gets it sent — not a forged field in the request or
 * the profile, not a second device of the same person — and the draft stays as it was; at the
 * level the request is sent and the Bürgerbüro receives it with its fee.
 */
let portal: Portal;

beforeAll(async () => {
  portal = await startPortal({ ...testConfig(inject('storeUrl'), uniquePrefix()), routing: true, authRateLimitPerMinute: 10_000, identitySandbox: true });
  confirmFixtureAccountsOf(portal);
});
afterAll(async () => {
  await portal?.stop();
});

const ANSWERS = { kind: 'einfach', purpose: 'Für meinen Arbeitgeber', delivery: 'postfach' };

async function bundIdSession(level: string): Promise<CookieJar> {
  const jar = new CookieJar();
  await send(jar, await loginAtSandbox(portal.url, jar, { person: 'sandbox-leyla-demir', level }));
  return jar;
}

async function call(jar: CookieJar, path: string, body: unknown) {
  const res = await send(jar, `${portal.url}${path}`, {
    method: 'POST',
    headers: { Origin: portal.url, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

const push = (jar: CookieJar, doc: unknown, assumedMasterState: unknown = null) => call(jar, '/api/sync/requests/push', { rows: [{ assumedMasterState, newDocumentState: doc }] });

async function stored(jar: CookieJar, id: string) {
  const { body } = await call(jar, '/api/sync/requests/pull', { checkpoint: null, batchSize: 100 });
  return body.documents.find((d: { id: string }) => d.id === id);
}

describe('the Meldebescheinigung needs BundID at "substantiell"', () => {
  it('is catalogue data: the Bürgerbüro, a fee, § 18 BMG', () => {
    expect(findService('meldebescheinigung')).toMatchObject({ trustLevel: 'substantiell', routing: { department: 'buergerbuero' }, fee: { kind: 'fixed' }, privacy: { law: '§ 18 BMG' } });
  });

  it('refuses the sending below the level however it is dressed up, keeps the draft, and routes it to the Bürgerbüro once the level is reached', async () => {
    const basis = await bundIdSession('basis');
    const draft = sperrmuellDraft({ serviceId: 'meldebescheinigung', catalogueVersion: 1, answers: ANSWERS });
    expect((await push(basis, draft)).status).toBe(200);
    const master = await stored(basis, draft.id);

    const refused = await push(basis, submitted(master), master);
    expect(refused.status).toBe(200);
    expect(refused.body.conflicts).toMatchObject([{ id: draft.id, status: 'draft', problems: [{ field: 'status', code: 'trustLevel', params: { level: 'substantiell' } }] }]);
    const held = refused.body.conflicts[0];

    // A trust level written into the request, beside the rows, or into the profile is refused at the door.
    expect((await push(basis, { ...submitted(master), trustLevel: 'substantiell' }, master)).status).toBe(400);
    expect((await call(basis, '/api/sync/requests/push', { rows: [{ assumedMasterState: master, newDocumentState: submitted(master) }], trustLevel: 'hoch' })).status).toBe(400);
    expect((await call(basis, '/api/profile', { profile: { trustLevel: 'substantiell' } })).status).toBe(400);
    expect((await call(basis, '/api/profile', { profile: { login: { provider: 'bundid', trustLevel: 'hoch' } } })).status).toBe(400);
    expect((await push(basis, submitted(held), held)).body.conflicts[0]).toMatchObject({ status: 'draft', problems: [{ code: 'trustLevel' }] });

    // A second device of the same person, also at "basis", edits the draft but cannot send it.
    const secondDevice = await bundIdSession('basis');
    const current = await stored(secondDevice, draft.id);
    const edited = { ...current, answers: { ...ANSWERS, delivery: 'post' }, updatedAt: new Date().toISOString() };
    expect((await push(secondDevice, edited, current)).status).toBe(200);
    const afterEdit = await stored(secondDevice, draft.id);
    expect((await push(secondDevice, submitted(afterEdit), afterEdit)).body.conflicts[0]).toMatchObject({ status: 'draft', problems: [{ code: 'trustLevel' }] });
    const refusedEdit = await stored(secondDevice, draft.id);
    // Nothing was lost on the way: still a draft, with the second device's answer.
    expect(await stored(basis, draft.id)).toMatchObject({ status: 'draft', answers: { ...ANSWERS, delivery: 'post' } });

    const substantiell = await bundIdSession('substantiell');
    const sent = await push(substantiell, submitted(refusedEdit), refusedEdit);
    expect(sent.status).toBe(200);
    expect(sent.body.conflicts).toEqual([]);
    const routed = await eventually(async () => {
      const doc = await stored(substantiell, draft.id);
      return doc?.status === 'received' ? doc : undefined;
    }, 20_000, 'routing of the Meldebescheinigung');
    expect(routed).toMatchObject({ department: 'buergerbuero', feeCents: 700, reference: expect.stringMatching(/^MBS-\d{4}-\d{6}$/) });
  });

  it('refuses it from a password login too, which has no trust level', async () => {
    const citizen = new ApiClient(portal.url);
    await citizen.register('Ohne BundID');
    const draft = sperrmuellDraft({ serviceId: 'meldebescheinigung', catalogueVersion: 1, answers: ANSWERS });
    const res = await citizen.push([{ assumedMasterState: null, newDocumentState: submitted(draft) }]);
    expect(res.status).toBe(200);
    expect(res.body.conflicts).toMatchObject([{ id: draft.id, status: 'draft', problems: [{ code: 'trustLevel', params: { level: 'substantiell' } }] }]);
  });
});
