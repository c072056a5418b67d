import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { ApiClient } from '../test-support/api-client';
import { startTestPortal } from '../test-support/test-portal';

let portal: Portal;
let citizen: ApiClient;
let clerk: ApiClient;
let lead: ApiClient;

beforeAll(async () => {
  portal = await startTestPortal();
  citizen = new ApiClient(portal.url);
  await citizen.register('Clara Citizen');
  [clerk, lead] = [new ApiClient(portal.url), new ApiClient(portal.url)];
  expect((await clerk.login('abfall@stadt-werne.example', 'werne-demo-abfall')).status).toBe(200);
  expect((await lead.login('leitung-abfall@stadt-werne.example', 'werne-demo-leitung-abfall')).status).toBe(200);
});
afterAll(() => portal.stop());

const FILTERS = '/api/clerk/saved-filters';
const counts = async (who: ApiClient) => (await who.call('GET', '/api/clerk/requests')).body.counts as Record<string, number>;

describe('saved filters', () => {
  it('a clerk names a filter set and picks it again; it is theirs alone, and the same name replaces it', async () => {
    const saved = await clerk.call('POST', FILTERS, { name: 'Meine offenen', query: { assignee: 'me', status: 'received', q: '' } });
    expect(saved.status).toBe(201);
    expect(saved.body.filter).toMatchObject({ name: 'Meine offenen', query: { assignee: 'me', status: 'received' } });
    const again = await clerk.call('POST', FILTERS, { name: 'meine offenen', query: { followUp: 'due' } });
    const mine = (await clerk.call('GET', FILTERS)).body.filters;
    expect(mine).toEqual([again.body.filter]);
    // The saved query is the inbox's own: it works as one.
    expect((await clerk.call('GET', `/api/clerk/requests?${new URLSearchParams(mine[0].query)}`)).status).toBe(200);

    // Private: a colleague (even the lead) neither sees nor removes it.
    expect((await lead.call('GET', FILTERS)).body.filters).toEqual([]);
    expect((await lead.call('DELETE', `${FILTERS}/${mine[0].id}`, {})).status).toBe(404);
    expect((await clerk.call('GET', FILTERS)).body.filters).toHaveLength(1);
    expect((await clerk.call('DELETE', `${FILTERS}/${mine[0].id}`, {})).status).toBe(200);
    expect((await clerk.call('GET', FILTERS)).body.filters).toEqual([]);
  });

  it('refuses a nameless filter, a forged owner and an unknown query field', async () => {
    const nameless = await clerk.call('POST', FILTERS, { name: '  ', query: {} });
    expect(nameless.status).toBe(400);
    expect(nameless.body.problems[0]).toMatchObject({ field: 'filterName', code: 'required' });
    expect(nameless.body.problems[0].message).toBeTruthy();
    expect((await clerk.call('POST', FILTERS, { name: 'x', query: {}, userId: 'someone-else' })).status).toBe(400);
    expect((await clerk.call('POST', FILTERS, { name: 'x', query: { department: 'tiefbau' } })).status).toBe(400);
    expect((await lead.call('GET', FILTERS)).body.filters).toEqual([]);
  });
});

describe('bulk status change', () => {
  it('asks several citizens one question; a closed case and one not yet started are reported with their reasons; counts stay right', async () => {
    const [a, b, fresh, closed] = [await citizen.sendRouted(), await citizen.sendRouted(), await citizen.sendRouted(), await citizen.sendRouted()];
    const start = (id: string) => clerk.call('POST', `/api/clerk/requests/${id}/actions`, { action: 'start', paymentOverride: 'Im Test ohne Zahlung' });
    for (const id of [a, b, closed]) expect((await start(id)).status).toBe(200);
    // One case is already decided (through the decision step).
    const preview = await clerk.call('POST', `/api/clerk/requests/${closed}/decision/preview`, { outcome: 'reject', text: 'Nicht in Werne.' });
    expect((await clerk.call('POST', `/api/clerk/requests/${closed}/decision`, { outcome: 'reject', text: 'Nicht in Werne.', digest: preview.body.digest, decisionId: randomUUID() })).status).toBe(200);

    const before = await counts(clerk);
    const question = 'Bitte senden Sie ein Foto der Gegenstände.';
    const res = await clerk.call('POST', '/api/clerk/bulk', { ids: [a, closed, fresh, b], action: 'askForInfo', reason: question });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { ok: boolean; error?: string }) => [r.ok, r.error])).toEqual([
      [true, undefined],
      [false, 'already_closed'],
      [false, 'invalid_transition'],
      [true, undefined],
    ]);
    for (const id of [a, b]) expect(await citizen.current(id)).toMatchObject({ status: 'needs_info', statusReason: question });
    expect((await citizen.current(closed))?.status).toBe('rejected');
    expect((await citizen.current(fresh))?.status).toBe('received');
    const after = await counts(clerk);
    expect(after.needs_info ?? 0).toBe((before.needs_info ?? 0) + 2);
    expect(after.in_progress ?? 0).toBe((before.in_progress ?? 0) - 2);
    expect(after.received).toBe(before.received);
    expect(after.rejected).toBe(before.rejected);
  }, 90_000);

  it('never completes or rejects in bulk (a decision letter per case), and a question needs its text', async () => {
    const id = await citizen.sendRouted();
    for (const action of ['complete', 'reject']) {
      const res = await clerk.call('POST', '/api/clerk/bulk', { ids: [id], action });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: 'decision_required', problems: [{ field: 'action', code: 'decisionRequired' }] });
    }
    const noQuestion = await clerk.call('POST', '/api/clerk/bulk', { ids: [id], action: 'askForInfo', reason: ' ' });
    expect(noQuestion.status).toBe(400);
    expect(noQuestion.body.problems[0]).toMatchObject({ field: 'reason', code: 'required' });
    expect((await citizen.current(id))?.status).toBe('received');
  }, 90_000);
});
