import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../domain/catalogue';
import type { Portal } from '../portal';
import { ApiClient, eventually, sperrmuellDraft, submitted } from '../test-support/api-client';
import { startTestPortal } from '../test-support/test-portal';
import { createInvitedStaff } from '../test-support/staff-invitation';

let portal: Portal;
let admin: ApiClient;
let secondAdmin: ApiClient;
let citizen: ApiClient;

const DEFECT = { locateBy: 'adresse', street: 'Steinstraße', description: 'Sperrmüll im Gebüsch', wantsFeedback: 'nein' };

async function login(email: string, password: string): Promise<ApiClient> {
  const client = new ApiClient(portal.url);
  expect((await client.login(email, password)).status, email).toBe(200);
  return client;
}

/** A citizen sends a Mängelmelder; resolves with the request once the routing worker took it. */
async function report(category: string, extra: Answers = {}) {
  const doc = submitted(sperrmuellDraft({ id: randomUUID(), serviceId: 'maengelmelder', catalogueVersion: 1, answers: { ...DEFECT, category, ...extra } }));
  const res = await citizen.push([{ assumedMasterState: null, newDocumentState: doc }]);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return eventually(async () => {
    const d = await citizen.current(doc.id);
    return d && d.status !== 'submitted' ? d : undefined;
  }, 10_000, `routing of ${category}`);
}

async function save(client: ApiClient, override: Record<string, string>, rev: string | null) {
  return client.call('PUT', '/api/admin/routing/maengelmelder', { rev, override });
}

beforeAll(async () => {
  portal = await startTestPortal();
  admin = await login('admin@stadt-werne.example', 'werne-demo-admin');
  const second = await createInvitedStaff(portal, admin, { name: 'Zweite Admin', email: 'zweite@stadt-werne.example', role: 'admin' });
  secondAdmin = await login('zweite@stadt-werne.example', second.password);
  citizen = new ApiClient(portal.url);
  await citizen.register('Mia Melder');
});
afterAll(() => portal.stop());

describe('routing rules changed without code', () => {
  let rev: string | null = null;

  it('shows every service\'s rule per answer, with the catalogue\'s choice', async () => {
    const { body } = await admin.call('GET', '/api/admin/routing');
    expect(body.rev).toBeNull();
    const mm = body.services.find((s: { id: string }) => s.id === 'maengelmelder');
    expect(mm).toMatchObject({ kind: 'byAnswer', field: 'category' });
    expect(mm.slots.find((s: { slot: string }) => s.slot === 'muell')).toEqual({ slot: 'muell', catalogue: 'abfall', followsOtherwise: false, effective: 'abfall' });
    expect(mm.slots.find((s: { slot: string }) => s.slot === 'sonstiges')).toMatchObject({ catalogue: 'zentrale', followsOtherwise: true });
    expect(body.services.find((s: { id: string }) => s.id === 'sperrmuellkarte').slots).toEqual([
      { slot: '*', catalogue: 'abfall', followsOtherwise: false, effective: 'abfall' },
    ]);
  });

  it('reroutes newly submitted reports of one category, and leaves routed ones and other categories alone', async () => {
    const before = await report('muell');
    expect(before.department).toBe('abfall');
    const res = await save(admin, { muell: 'gruen', graffiti: '' }, rev);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    rev = res.body.rev;
    expect(res.body.service.slots.find((s: { slot: string }) => s.slot === 'muell')).toMatchObject({ override: 'gruen', effective: 'gruen' });

    expect((await report('muell')).department).toBe('gruen');
    expect((await report('schlagloch')).department).toBe('tiefbau');
    expect((await citizen.current(before.id))?.department).toBe('abfall');
  });

  it('takes a second change at once, without a restart of the routing worker', async () => {
    const res = await save(admin, { muell: 'ordnung', '*': 'planung' }, rev);
    rev = res.body.rev;
    expect((await report('muell')).department).toBe('ordnung');
    expect((await report('sonstiges')).department).toBe('planung');
    expect((await report('strassenlaterne')).department).toBe('tiefbau');
  });

  it('refuses a save against an old revision: two administrators never overwrite each other silently', async () => {
    const stale = rev;
    const first = await secondAdmin.call('PUT', '/api/admin/routing/maengelmelder', { rev: stale, override: { muell: 'gruen' } });
    expect(first.status).toBe(200);
    const second = await save(admin, { muell: 'abfall' }, stale);
    expect(second.status).toBe(409);
    expect(second.body.error).toBe('edit_conflict');
    expect(second.body.message).toMatch(/inzwischen geändert/);
    expect((await save(admin, { muell: 'abfall' }, null)).status).toBe(409);
    const now = await admin.call('GET', '/api/admin/routing/maengelmelder');
    expect(now.body.rev).toBe(first.body.rev);
    expect(now.body.service.slots.find((s: { slot: string }) => s.slot === 'muell').override).toBe('gruen');
    rev = now.body.rev;

    // Both at the same moment against the same revision: exactly one wins.
    const race = await Promise.all([save(admin, { muell: 'tiefbau' }, rev), save(secondAdmin, { muell: 'zentrale' }, rev)]);
    expect(race.map((r) => r.status).sort()).toEqual([200, 409]);
    rev = race.find((r) => r.status === 200)!.body.rev;
  });

  it('sends reports to a department the administrator just created, where its new clerk finds them', async () => {
    await admin.call('POST', '/api/admin/departments', { id: 'wilder-muell', names: { de: 'Wilder Müll', en: 'Fly-tipping', 'de-x-easy': 'Müll in der Natur' } });
    const clerk = await createInvitedStaff(portal, admin, { name: 'Wim Wild', email: 'wim@stadt-werne.example', role: 'clerk', department: 'wilder-muell' });
    const res = await save(admin, { muell: 'wilder-muell' }, rev);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    rev = res.body.rev;
    const routed = await report('muell');
    expect(routed).toMatchObject({ status: 'received', department: 'wilder-muell' });
    const wim = await login('wim@stadt-werne.example', clerk.password);
    expect((await wim.call('GET', '/api/clerk/requests')).body.requests.map((r: { id: string }) => r.id)).toEqual([routed.id]);
    const deactivate = await admin.call('POST', '/api/admin/departments/wilder-muell/deactivate', {});
    expect(deactivate.body.problems.map((p: { code: string }) => p.code)).toEqual(['hasStaff', 'hasOpenRequests', 'routedTo']);
  });

  it('goes back to the catalogue with an empty override, and records every change in the audit trail', async () => {
    const res = await save(admin, {}, rev);
    expect(res.body.service.slots.every((s: { override?: string; effective: string; catalogue: string }) => !s.override && s.effective === s.catalogue)).toBe(true);
    expect((await report('muell')).department).toBe('abfall');
    const { entries } = (await admin.call('GET', '/api/admin/audit')).body;
    const changes = entries.filter((e: { action: string }) => e.action === 'changeRouting').map((e: { detail: { override: string } }) => e.detail.override);
    expect(changes).toEqual(['–', 'muell→wilder-muell', expect.stringMatching(/^muell→(tiefbau|zentrale)$/), 'muell→gruen', 'muell→ordnung, *→planung', 'muell→gruen']);
  });
});
