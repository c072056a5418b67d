import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RequestDoc } from '../../domain/request/request-document';
import { requestStatesEqual, resolveRequestConflict } from '../../domain/sync/resolve-request-conflict';
import type { SyncedDoc } from '../../domain/sync/sync-protocol';
import { startPortal, type Portal } from '../portal';
import { markEmailConfirmed } from '../auth/email';
import { CookieJar, loginAtSandbox, send } from '../auth/oidc/bundid-test-flow';
import { ApiClient, eventually, sperrmuellDraft, submitted } from '../test-support/api-client';
import { confirmFixtureAccountsOf } from '../test-support/fixture-accounts';
import { testConfig, uniquePrefix } from '../test-support/test-portal';

/**
 * Issue 13: a Meldebescheinigung sent offline and pushed later under a session below
 * "substantiell" (or an account that may not send yet) is no bad row. The push answers it as a
 * draft that says why, the other rows of the same push sync, the device stops pushing it, nothing
 * in the push can talk the server round, and a sending after a login at the level goes through.
 */
let portal: Portal;

beforeAll(async () => {
  portal = await startPortal({ ...testConfig(inject('storeUrl'), uniquePrefix()), routing: true, authRateLimitPerMinute: 10_000, identitySandbox: true });
  confirmFixtureAccountsOf(portal);
});
afterAll(async () => {
  await portal?.stop();
});

type Doc = SyncedDoc<RequestDoc>;
type Row = { assumedMasterState: Doc | null; newDocumentState: Doc };
const ANSWERS = { kind: 'einfach', purpose: 'Für meinen Arbeitgeber', delivery: 'postfach' };
const meldebescheinigung = () => sperrmuellDraft({ serviceId: 'meldebescheinigung', catalogueVersion: 1, answers: ANSWERS });

async function bundIdSession(level: string): Promise<CookieJar> {
  const jar = new CookieJar();
  await send(jar, await loginAtSandbox(portal.url, jar, { person: 'sandbox-leyla-demir', level }));
  return jar;
}

async function call(jar: CookieJar, path: string, body: unknown) {
  const res = await send(jar, `${portal.url}${path}`, { method: 'POST', headers: { Origin: portal.url, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any };
}
const push = (jar: CookieJar, rows: Row[]) => call(jar, '/api/sync/requests/push', { rows });
async function stored(jar: CookieJar, id: string): Promise<Doc | undefined> {
  const { body } = await call(jar, '/api/sync/requests/pull', { checkpoint: null, batchSize: 200 });
  return body.documents.find((d: Doc) => d.id === id);
}

/** What the device does with the answer: RxDB's conflict handler runs the shared resolver. */
function deviceKeeps(master: Doc, local: Doc, assumed: Doc | null): { doc: Doc; pushesAgain: boolean } {
  const doc = resolveRequestConflict(master, local, assumed);
  return { doc, pushesAgain: !requestStatesEqual(doc, master) };
}

describe('a sending the session may not make comes back as a draft saying why', () => {
  it('below the trust level: only that row, the rest of the push syncs, nothing forged helps, and it goes after a login at the level', async () => {
    const basis = await bundIdSession('basis');
    // Made offline: a Meldebescheinigung sent, a Sperrmüllkarte sent, another drafted — one push.
    const mbs = submitted(meldebescheinigung());
    const spm = submitted(sperrmuellDraft());
    const draft = sperrmuellDraft();
    const first = await push(basis, [mbs, spm, draft].map((d) => ({ assumedMasterState: null, newDocumentState: d })));
    expect(first.status).toBe(200);
    expect(first.body.conflicts).toHaveLength(1);
    const refused: Doc = first.body.conflicts[0];
    expect(refused).toMatchObject({ id: mbs.id, status: 'draft', answers: ANSWERS, problems: [{ field: 'status', code: 'trustLevel', params: { level: 'substantiell', sentAt: mbs.submittedAt } }] });
    expect(refused.submittedAt).toBeUndefined();
    expect(await stored(basis, mbs.id)).toMatchObject({ status: 'draft', answers: ANSWERS, problems: refused.problems, history: [] });
    // The device takes the draft and pushes nothing again (no 403 loop).
    const kept = deviceKeeps(refused, mbs, null);
    expect(kept).toMatchObject({ pushesAgain: false, doc: { status: 'draft', problems: refused.problems } });
    // The rest of the push synced: the Sperrmüllkarte is routed, the draft stored.
    await eventually(async () => (await stored(basis, spm.id))?.status === 'received', 20_000, 'routing of the batch’s other sending');
    expect(await stored(basis, draft.id)).toMatchObject({ status: 'draft', answers: draft.answers });

    // RxDB retrying the old sending (its own assumed state) gets the draft again, and nothing new is written.
    const again = await push(basis, [{ assumedMasterState: null, newDocumentState: mbs }]);
    expect(again.body.conflicts).toEqual([expect.objectContaining({ id: mbs.id, status: 'draft', serverRev: refused.serverRev })]);

    // Forged: a trust level in the document or beside the rows, or the refusal cleared by the device.
    const resend = submitted(kept.doc);
    expect((await push(basis, [{ assumedMasterState: refused, newDocumentState: { ...resend, trustLevel: 'substantiell' } as Doc }])).status).toBe(400);
    expect((await call(basis, '/api/sync/requests/push', { rows: [{ assumedMasterState: refused, newDocumentState: resend }], trustLevel: 'hoch' })).status).toBe(400);
    expect((await push(basis, [{ assumedMasterState: refused, newDocumentState: { ...resend, problems: [] } }])).status).toBe(400);

    // A second device at "basis" tries its own sending: refused the same way, the answers kept.
    const second = await bundIdSession('basis');
    const secondTry = { ...submitted(refused), answers: { ...ANSWERS, delivery: 'post' } };
    const secondAnswer = await push(second, [{ assumedMasterState: refused, newDocumentState: secondTry }]);
    expect(secondAnswer.status).toBe(200);
    const refusedAgain: Doc = secondAnswer.body.conflicts[0];
    expect(refusedAgain).toMatchObject({ status: 'draft', answers: secondTry.answers, problems: [{ code: 'trustLevel', params: { sentAt: secondTry.submittedAt } }] });
    expect(deviceKeeps(refusedAgain, secondTry, refused).pushesAgain).toBe(false);
    expect((await stored(basis, mbs.id))?.problems).toHaveLength(1);

    // Logged in at "substantiell", the citizen sends it again: taken and routed to the Bürgerbüro.
    const substantiell = await bundIdSession('substantiell');
    const sent = await push(substantiell, [{ assumedMasterState: refusedAgain, newDocumentState: submitted(refusedAgain) }]);
    expect(sent).toMatchObject({ status: 200, body: { conflicts: [] } });
    const routed = await eventually(async () => {
      const doc = await stored(substantiell, mbs.id);
      return doc?.status === 'received' ? doc : undefined;
    }, 20_000, 'routing of the Meldebescheinigung');
    expect(routed).toMatchObject({ department: 'buergerbuero', answers: secondTry.answers, reference: expect.stringMatching(/^MBS-\d{4}-\d{6}$/) });
    expect(routed.problems ?? []).toEqual([]);
  }, 90_000);

  it('a password login (no level) is refused the same way; a device that resolved an older refusal still sends a newer try', async () => {
    const citizen = new ApiClient(portal.url);
    await citizen.register('Ohne BundID');
    const mbs = submitted(meldebescheinigung());
    const answer = await citizen.push([{ assumedMasterState: null, newDocumentState: mbs }]);
    expect(answer.status).toBe(200);
    const refused = answer.body.conflicts[0];
    expect(refused).toMatchObject({ status: 'draft', problems: [{ code: 'trustLevel', params: { level: 'substantiell' } }] });
    // A sending made after the refusal (a later `submittedAt`) is a new try, which the device pushes.
    const later = { ...submitted(refused), submittedAt: new Date(Date.now() + 1000).toISOString() };
    expect(deviceKeeps(refused, later, null).pushesAgain).toBe(true);
  });

  it('an account that may not send yet (address unconfirmed) gets the same answer, and sends once confirmed', async () => {
    const citizen = new ApiClient(portal.url);
    const user = await citizen.registerUnconfirmed('Noch unbestätigt');
    const spm = submitted(sperrmuellDraft());
    const draft = sperrmuellDraft();
    const answer = await citizen.push([spm, draft].map((d) => ({ assumedMasterState: null, newDocumentState: d })));
    expect(answer.status).toBe(200);
    const refused = answer.body.conflicts[0];
    expect(answer.body.conflicts).toEqual([expect.objectContaining({ id: spm.id, status: 'draft', problems: [{ field: 'status', code: 'emailUnconfirmed', params: { sentAt: spm.submittedAt } }] })]);
    expect(await citizen.current(draft.id)).toMatchObject({ status: 'draft' });

    await markEmailConfirmed(portal.store, user.id, user.email);
    const sent = await citizen.push([{ assumedMasterState: refused, newDocumentState: submitted(refused) }]);
    expect(sent).toMatchObject({ status: 200, body: { conflicts: [] } });
    await eventually(async () => (await citizen.current(spm.id))?.status === 'received', 20_000, 'routing after the confirmation');
  }, 60_000);
});
