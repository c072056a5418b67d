import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { ApiClient } from '../test-support/api-client';
import { startTestPortal } from '../test-support/test-portal';

let portal: Portal;
let citizen: ApiClient;
let abfall: ApiClient;
let lead: ApiClient;
let tiefbau: ApiClient;
let leadId: string;

beforeAll(async () => {
  portal = await startTestPortal();
  citizen = new ApiClient(portal.url);
  await citizen.register('Clara Citizen');
  abfall = new ApiClient(portal.url);
  lead = new ApiClient(portal.url);
  tiefbau = new ApiClient(portal.url);
  expect((await abfall.login('abfall@stadt-werne.example', 'werne-demo-abfall')).status).toBe(200);
  leadId = (await lead.login('leitung-abfall@stadt-werne.example', 'werne-demo-leitung-abfall')).body.user.id;
  expect((await tiefbau.login('tiefbau@stadt-werne.example', 'werne-demo-tiefbau')).status).toBe(200);
});
afterAll(() => portal.stop());

const ids = (res: { body: { requests: { id: string }[] } }) => res.body.requests.map((r) => r.id);
const inbox = (who: ApiClient, query = '') => who.call('GET', `/api/clerk/requests${query ? `?${query}` : ''}`);
const berlinToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());

describe("a clerk's working day", () => {
  it('bulk-assigns with one request, then "assigned to me" and "unassigned" list the right cases with their totals', async () => {
    const [a, b, c] = [await citizen.sendRouted(), await citizen.sendRouted(), await citizen.sendRouted()];
    const res = await abfall.call('POST', '/api/clerk/bulk', { ids: [a, b], action: 'assignToMe' });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { ok: boolean }) => r.ok)).toEqual([true, true]);
    const mine = await inbox(abfall, 'assignee=me');
    expect(ids(mine).sort()).toEqual([a, b].sort());
    expect(mine.body.total).toBe(2);
    expect(mine.body.requests[0].assigneeName).toBeTruthy();
    const open = ids(await inbox(abfall, 'assignee=none&pageSize=500'));
    expect(open).toContain(c);
    expect(open).not.toContain(a);
    expect((await inbox(lead, 'assignee=me')).body.total).toBe(0);
    const bad = await inbox(abfall, 'assignee=everyone');
    expect(bad.status).toBe(400);
    expect(bad.body.problems[0]).toMatchObject({ field: 'assignee', code: 'invalidFilter' });
  });

  it('bulk: only the lead hands cases to a colleague; other departments\' cases are reported, not touched; extra fields refused', async () => {
    const a = await citizen.sendRouted();
    const clerkToLead = await abfall.call('POST', '/api/clerk/bulk', { ids: [a], action: 'assign', assigneeId: leadId });
    expect(clerkToLead.status).toBe(403);
    const tiefbauTry = await tiefbau.call('POST', '/api/clerk/bulk', { ids: [a], action: 'assignToMe' });
    expect(tiefbauTry.body.results).toEqual([{ id: a, ok: false, error: 'not_found', status: 404 }]);
    expect((await citizen.call('POST', '/api/clerk/bulk', { ids: [a], action: 'assignToMe' })).status).toBe(403);
    expect((await abfall.call('POST', '/api/clerk/bulk', { ids: [a], action: 'complete' })).status).toBe(400);
    expect((await abfall.call('POST', '/api/clerk/bulk', { ids: [a], action: 'assignToMe', status: 'completed' })).status).toBe(400);
    expect((await abfall.call('POST', '/api/clerk/bulk', { ids: [], action: 'assignToMe' })).status).toBe(400);
    const byLead = await lead.call('POST', '/api/clerk/bulk', { ids: [a], action: 'assign', assigneeId: leadId });
    expect(byLead.body.results[0].ok).toBe(true);
    expect((await abfall.call('GET', `/api/clerk/requests/${a}`)).body.request.assignee.id).toBe(leadId);
  });

  it('bulk start: the unpaid fee holds each case back and says so; counts are right at once after a status change', async () => {
    const a = await citizen.sendRouted();
    const before = (await inbox(abfall)).body.counts;
    const res = await abfall.call('POST', '/api/clerk/bulk', { ids: [a], action: 'start' });
    expect(res.body.results[0]).toMatchObject({ ok: false, error: 'payment_required' });
    expect((await abfall.call('POST', `/api/clerk/requests/${a}/actions`, { action: 'start', paymentOverride: 'bar bezahlt' })).status).toBe(200);
    const after = (await inbox(abfall)).body;
    expect(after.counts.in_progress).toBe((before.in_progress ?? 0) + 1);
    expect(after.counts.received).toBe((before.received ?? 0) - 1 + 0);
    expect(after.total).toBe(Object.values(after.counts as Record<string, number>).reduce((s, n) => s + n, 0));
  });

  it('follow-ups: set, listed as due, refused with bad dates or for another department, removed with the mark', async () => {
    const a = await citizen.sendRouted();
    const later = await citizen.sendRouted();
    const set = await abfall.call('PUT', `/api/clerk/requests/${a}/follow-up`, { date: berlinToday(), note: 'Rückruf' });
    expect(set.status).toBe(200);
    expect((await abfall.call('PUT', `/api/clerk/requests/${later}/follow-up`, { date: '2099-01-02', note: '' })).status).toBe(200);
    const due = await inbox(abfall, 'followUp=due');
    expect(ids(due)).toContain(a);
    expect(ids(due)).not.toContain(later);
    expect(due.body.requests.find((r: { id: string }) => r.id === a).followUpDate).toBe(berlinToday());
    expect((await abfall.call('GET', `/api/clerk/requests/${a}`)).body.request.followUp).toMatchObject({ date: berlinToday(), note: 'Rückruf' });

    const badDate = await abfall.call('PUT', `/api/clerk/requests/${a}/follow-up`, { date: '2026-02-30' });
    expect(badDate.status).toBe(400);
    expect(badDate.body.problems[0]).toMatchObject({ field: 'date', code: 'invalid' });
    expect((await tiefbau.call('PUT', `/api/clerk/requests/${a}/follow-up`, { date: '2030-01-01' })).status).toBe(404);
    expect((await citizen.call('PUT', `/api/clerk/requests/${a}/follow-up`, { date: '2030-01-01' })).status).toBe(403);
    // The citizen's device never sees it.
    expect(JSON.stringify(await citizen.current(a))).not.toContain('Rückruf');

    expect((await abfall.call('DELETE', `/api/clerk/requests/${a}/follow-up`, {})).status).toBe(200);
    expect(ids(await inbox(abfall, 'followUp=due'))).not.toContain(a);
  });
});
