import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import type { StoredRequest } from '../requests';
import { ApiClient } from '../test-support/api-client';
import { startTestPortal } from '../test-support/test-portal';

let portal: Portal;
let citizen: ApiClient;
let abfall: ApiClient;
let tiefbau: ApiClient;

beforeAll(async () => {
  portal = await startTestPortal();
  citizen = new ApiClient(portal.url);
  await citizen.register('Fritz Forward');
  [abfall, tiefbau] = [new ApiClient(portal.url), new ApiClient(portal.url)];
  expect((await abfall.login('abfall@stadt-werne.example', 'werne-demo-abfall')).status).toBe(200);
  expect((await tiefbau.login('tiefbau@stadt-werne.example', 'werne-demo-tiefbau')).status).toBe(200);
}, 120_000);
afterAll(() => portal?.stop());

const BULK = '/api/clerk/bulk';
const inboxIds = async (who: ApiClient) => ((await who.call('GET', '/api/clerk/requests?pageSize=100')).body.requests as { id: string }[]).map((r) => r.id);
const stored = (id: string) => portal.store.requests.get(id) as unknown as Promise<StoredRequest>;

describe('bulk forwarding to another department', () => {
  it('forwards the picked cases with one request: each reported, audited, unassigned, and the receiving department sees them', async () => {
    const [a, b] = [await citizen.sendRouted(), await citizen.sendRouted()];
    expect((await abfall.call('POST', BULK, { ids: [a], action: 'assignToMe' })).status).toBe(200);
    const res = await abfall.call('POST', BULK, { ids: [a, b], action: 'forward', department: 'tiefbau', reason: 'Straßenschaden, kein Sperrmüll' });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { id: string; ok: boolean }) => [r.id, r.ok])).toEqual([[a, true], [b, true]]);
    for (const id of [a, b]) {
      const doc = await stored(id);
      expect(doc.department).toBe('tiefbau');
      expect(doc.history.at(-1)).toMatchObject({ actor: 'clerk', department: 'tiefbau', reason: 'Straßenschaden, kein Sperrmüll' });
      expect(doc.decisions!.at(-1)).toMatchObject({ action: 'forward', department: 'abfall', detail: { to: 'tiefbau' } });
      expect((doc as StoredRequest & { assigneeId?: string }).assigneeId).toBeUndefined();
    }
    const theirs = await inboxIds(tiefbau);
    expect(theirs).toEqual(expect.arrayContaining([a, b]));
    const ours = await inboxIds(abfall);
    expect(ours).not.toContain(a);
    expect(ours).not.toContain(b);
    // The citizen sees where the case went.
    expect((await citizen.current(a))!.history.at(-1)).toMatchObject({ department: 'tiefbau' });
  });

  it('refuses a forged, unknown or own target department, and a department without forwarding; nothing is moved', async () => {
    const id = await citizen.sendRouted();
    for (const department of ['nirgendwo', 'abfall', '']) {
      const res = await abfall.call('POST', BULK, { ids: [id], action: 'forward', department, reason: 'x' });
      expect(res.status, department).toBe(400);
      expect(res.body.problems[0]).toMatchObject({ field: 'department' });
      expect(res.body.problems[0].message).toBeTruthy();
    }
    const noReason = await abfall.call('POST', BULK, { ids: [id], action: 'forward', department: 'tiefbau' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.problems[0]).toMatchObject({ field: 'reason' });
    const startWithTarget = await abfall.call('POST', BULK, { ids: [id], action: 'start', department: 'tiefbau' });
    expect(startWithTarget.status).toBe(400);
    expect((await stored(id)).department).toBe('abfall');
  });

  it('a clerk forwards only their own department\'s cases: another department\'s case is refused per case with 404, untouched', async () => {
    const [mine, other] = [await citizen.sendRouted(), await citizen.sendRouted()];
    const res = await tiefbau.call('POST', BULK, { ids: [other], action: 'forward', department: 'ordnung', reason: 'Weg damit' });
    expect(res.status).toBe(200);
    expect(res.body.results).toEqual([{ id: other, ok: false, error: 'not_found', status: 404 }]);
    expect((await stored(other)).department).toBe('abfall');
    // Mixed with one of their own, only theirs moves.
    const mixed = await abfall.call('POST', BULK, { ids: [mine], action: 'forward', department: 'tiefbau', reason: 'Zuständigkeit' });
    expect(mixed.body.results[0].ok).toBe(true);
    const back = await tiefbau.call('POST', BULK, { ids: [mine, other], action: 'forward', department: 'ordnung', reason: 'Zuständigkeit' });
    expect(back.body.results.map((r: { ok: boolean; status?: number }) => [r.ok, r.status])).toEqual([[true, undefined], [false, 404]]);
    expect((await stored(mine)).department).toBe('ordnung');
    expect((await stored(other)).department).toBe('abfall');
    expect((await citizen.call('POST', BULK, { ids: [other], action: 'forward', department: 'tiefbau', reason: 'x' })).status).toBe(403);
  });
});
