import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { ApiClient, eventually, sperrmuellDraft, submitted } from '../test-support/api-client';
import { startTestPortal } from '../test-support/test-portal';
import { decideCase } from '../test-support/decide';

let portal: Portal;
let citizen: ApiClient;
let abfall: ApiClient;
let tiefbau: ApiClient;

const routedRequest = () => citizen.sendRouted();

beforeAll(async () => {
  portal = await startTestPortal();
  citizen = new ApiClient(portal.url);
  await citizen.register('Clara Citizen');
  abfall = new ApiClient(portal.url);
  tiefbau = new ApiClient(portal.url);
  expect((await abfall.login('abfall@stadt-werne.example', 'werne-demo-abfall')).status).toBe(200);
  expect((await tiefbau.login('tiefbau@stadt-werne.example', 'werne-demo-tiefbau')).status).toBe(200);
});
afterAll(() => portal.stop());

describe('clerk API', () => {
  it('lists the department\'s routed requests newest first, with the citizen on the detail', async () => {
    const older = await routedRequest();
    const newer = await routedRequest();
    const list = (await abfall.call('GET', '/api/clerk/requests')).body.requests;
    expect(list.map((r: { id: string }) => r.id).slice(0, 2)).toEqual([newer, older]);
    expect(list[0]).toMatchObject({ serviceId: 'sperrmuellkarte', status: 'received', department: 'abfall' });
    const detail = await abfall.call('GET', `/api/clerk/requests/${newer}`);
    expect(detail.body.request.citizen).toEqual({ name: 'Clara Citizen', email: expect.stringContaining('@example.org') });
    expect(detail.body.request.answers.volume).toBe('2,5');
  });

  it('keeps other departments out: no listing, no reading, no acting', async () => {
    const id = await routedRequest();
    const list = (await tiefbau.call('GET', '/api/clerk/requests')).body.requests;
    expect(list.map((r: { id: string }) => r.id)).not.toContain(id);
    expect((await tiefbau.call('GET', `/api/clerk/requests/${id}`)).status).toBe(404);
    expect((await tiefbau.call('POST', `/api/clerk/requests/${id}/actions`, { action: 'start' })).status).toBe(404);
    expect((await citizen.current(id))?.status).toBe('received');
  });

  it('keeps citizens and strangers out of the clerk API', async () => {
    expect((await citizen.call('GET', '/api/clerk/requests')).status).toBe(403);
    expect((await new ApiClient(portal.url).call('GET', '/api/clerk/requests')).status).toBe(401);
  });

  it('works a request to completion and the citizen sees every step', async () => {
    const id = await routedRequest();
    const early = await decideCase(abfall, id, 'complete');
    expect(early.status).toBe(409);
    expect(early.body.error).toBe('invalid_transition');
    expect((await abfall.call('POST', `/api/clerk/requests/${id}/actions`, { action: 'start', paymentOverride: 'Im Test ohne Zahlung' })).body.request.status).toBe('in_progress');
    expect((await citizen.current(id))?.status).toBe('in_progress');
    await decideCase(abfall, id, 'complete');
    const done = await citizen.current(id);
    expect(done?.status).toBe('completed');
    expect(done?.history.map((h) => `${h.actor}:${h.status}`)).toEqual([
      'citizen:submitted',
      'system:received',
      'clerk:in_progress',
      'clerk:completed',
    ]);
  });

  it('wants a reason to reject, and the citizen reads it', async () => {
    const id = await routedRequest();
    const without = await decideCase(abfall, id, 'reject', '  ');
    expect(without.status).toBe(400);
    expect(without.body.error).toBe('reason_required');
    const reason = 'Elektrogeräte werden getrennt abgeholt.';
    expect((await decideCase(abfall, id, 'reject', reason)).status).toBe(200);
    const rejected = await citizen.current(id);
    expect(rejected).toMatchObject({ status: 'rejected', statusReason: reason });
  });

  it('refuses a decision on a request the citizen withdrew', async () => {
    const id = await routedRequest();
    const master = (await citizen.current(id))!;
    await citizen.push([{ assumedMasterState: master, newDocumentState: { ...master, status: 'withdrawn' } }]);
    const res = await abfall.call('POST', `/api/clerk/requests/${id}/actions`, { action: 'start' });
    expect(res.status).toBe(409);
  });
});

describe('clerk inbox completeness', () => {
  it('lists every request of a batch routed in the same instant', async () => {
    const docs = Array.from({ length: 30 }, () => submitted(sperrmuellDraft()));
    await citizen.push(docs.map((d) => ({ assumedMasterState: null, newDocumentState: d })));
    const ids = new Set(docs.map((d) => d.id));
    await eventually(async () => {
      const all = await Promise.all(docs.map((d) => citizen.current(d.id)));
      return all.every((d) => d?.status === 'received');
    }, 15_000, 'all routed');
    const listed = (await abfall.call('GET', '/api/clerk/requests?pageSize=100')).body.requests.filter((r: { id: string }) => ids.has(r.id));
    expect(listed).toHaveLength(30);
  });
});
