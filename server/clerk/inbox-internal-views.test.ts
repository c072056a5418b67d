import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import type { StoredRequest } from '../requests';
import { updateDocument, type Store } from '../store';
import { seedRequests } from '../bench/inbox-seed';
import { ApiClient } from '../test-support/api-client';
import { startTestPortal, testStore, uniquePrefix } from '../test-support/test-portal';

/**
 * "Assigned to me" and "follow-up due" read the internal view inbox-internal; here their answers
 * are compared with the plain definition computed over every stored document.
 */
let portal: Portal;
let store: Store;
let clerk: ApiClient;
let lead: ApiClient;
let tiefbau: ApiClient;
let clerkId: string;
let leadId: string;
let tiefbauId: string;
let open: StoredRequest[];

const berlinToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());

beforeAll(async () => {
  const prefix = uniquePrefix();
  portal = await startTestPortal({ prefix });
  store = testStore(prefix);
  await seedRequests(store, 200);
  clerk = new ApiClient(portal.url);
  lead = new ApiClient(portal.url);
  tiefbau = new ApiClient(portal.url);
  clerkId = (await clerk.login('abfall@stadt-werne.example', 'werne-demo-abfall')).body.user.id;
  leadId = (await lead.login('leitung-abfall@stadt-werne.example', 'werne-demo-leitung-abfall')).body.user.id;
  tiefbauId = (await tiefbau.login('tiefbau@stadt-werne.example', 'werne-demo-tiefbau')).body.user.id;
  const all = await allRequests();
  open = all.filter((d) => d.department === 'abfall' && ['received', 'in_progress', 'needs_info'].includes(d.status));
  expect(open.length).toBeGreaterThan(20);
}, 600_000);
afterAll(() => portal.stop());

async function allRequests(): Promise<StoredRequest[]> {
  const res = await store.requests.list({ include_docs: true });
  return res.rows.map((r) => r.doc as unknown as StoredRequest).filter((d) => d?.type === 'request');
}

async function allInternal(type: string): Promise<Record<string, string>[]> {
  const res = await store.internal.list({ include_docs: true });
  return res.rows.map((r) => r.doc as unknown as Record<string, string>).filter((d) => d?.type === type);
}

/** The inbox's order: newest first, ties by id (inbox-summaries.pageOfSummaries). */
const newestFirst = (docs: StoredRequest[]) =>
  [...docs].sort((a, b) => b.receivedAt!.localeCompare(a.receivedAt!) || b._id.localeCompare(a._id)).map((d) => d._id);

async function inbox(who: ApiClient, query: string) {
  const res = await who.call('GET', `/api/clerk/requests?${query}`);
  expect(res.status).toBe(200);
  return { ids: (res.body.requests as { id: string }[]).map((r) => r.id), total: res.body.total as number, hasNext: res.body.hasNext as boolean };
}

/** Plain definition of "assigned to me": the department's cases whose assignment names `userId`. */
async function expectedMine(userId: string, department: string, status?: string) {
  const mine = new Set((await allInternal('assignment')).filter((a) => a.assigneeId === userId).map((a) => a.requestId));
  return newestFirst((await allRequests()).filter((d) => mine.has(d._id) && d.department === department && d.receivedAt && (!status || d.status === status)));
}

describe('inbox views over the internal database', () => {
  it('"assigned to me" equals the assignments filtered over all documents, in order and paged, also after a reassignment and for another department', async () => {
    const mineIds = open.filter((_, i) => i % 2 === 0).map((d) => d._id);
    const leadsIds = open.filter((_, i) => i % 4 === 1).map((d) => d._id);
    expect((await clerk.call('POST', '/api/clerk/bulk', { ids: mineIds, action: 'assignToMe' })).status).toBe(200);
    expect((await lead.call('POST', '/api/clerk/bulk', { ids: leadsIds, action: 'assignToMe' })).status).toBe(200);
    // The lead hands one of the clerk's cases to himself: the clerk no longer sees it, the lead does.
    const moved = mineIds[0];
    expect((await lead.call('POST', `/api/clerk/requests/${moved}/assignment`, { action: 'assign', assigneeId: leadId })).status).toBe(200);
    // An assignment naming a clerk of another department (as a forward leaves behind on a lagging copy) shows nothing there.
    await store.internal.insert({ _id: `assignment:${mineIds[1]}`, _rev: (await store.internal.get(`assignment:${mineIds[1]}`))._rev, type: 'assignment', requestId: mineIds[1], assigneeId: tiefbauId, assigneeName: 'Tiefbau', at: new Date().toISOString() });

    const clerkExpected = await expectedMine(clerkId, 'abfall');
    expect(clerkExpected).not.toContain(moved);
    expect(clerkExpected.length).toBe(mineIds.length - 2);
    const all = await inbox(clerk, 'assignee=me&pageSize=500');
    expect(all.ids).toEqual(clerkExpected);
    expect(all.total).toBe(clerkExpected.length);
    const page2 = await inbox(clerk, 'assignee=me&pageSize=3&page=2');
    expect(page2.ids).toEqual(clerkExpected.slice(3, 6));
    expect(page2.hasNext).toBe(clerkExpected.length > 6);
    for (const status of ['received', 'in_progress', 'needs_info']) {
      const expected = await expectedMine(clerkId, 'abfall', status);
      const got = await inbox(clerk, `assignee=me&status=${status}&pageSize=500`);
      expect(got.ids).toEqual(expected);
      expect(got.total).toBe(expected.length);
    }

    const leadExpected = await expectedMine(leadId, 'abfall');
    expect(leadExpected).toContain(moved);
    expect((await inbox(lead, 'assignee=me&pageSize=500')).ids).toEqual(leadExpected);
    const other = await inbox(tiefbau, 'assignee=me&pageSize=500');
    expect(other.ids).not.toContain(mineIds[1]);
    expect(other.total).toBe(0);
  }, 180_000);

  it('"assigned to me" counts only the cases shown when the view still names the clerk for a case handed on (a lagging copy)', async () => {
    const before = await inbox(clerk, 'assignee=me&pageSize=500');
    const handedOn = open.find((d) => !before.ids.includes(d._id))!;
    await updateDocument(store.internal, `assignment:${handedOn._id}`, (d) => ({ ...(d ?? {}), _id: `assignment:${handedOn._id}`, type: 'assignment', requestId: handedOn._id, assigneeId: leadId, assigneeName: 'Leitung', at: new Date().toISOString() }));
    // A second row for the clerk in by-assignee, as a copy that has not seen the reassignment yet gives it.
    await store.internal.insert({ _id: `lagging:${handedOn._id}`, type: 'assignment', requestId: handedOn._id, assigneeId: clerkId, assigneeName: 'x', at: new Date().toISOString() });
    const got = await inbox(clerk, 'assignee=me&pageSize=500');
    expect(got.ids).not.toContain(handedOn._id);
    expect([got.ids.length, got.total]).toEqual([before.ids.length, before.total]);
  }, 180_000);

  it('"follow-up due" equals the follow-ups due today or earlier over all documents, only of the own department', async () => {
    const today = berlinToday();
    const dates = ['2020-01-01', today, '2099-01-01'];
    for (const [i, d] of open.slice(0, 12).entries()) {
      expect((await clerk.call('PUT', `/api/clerk/requests/${d._id}/follow-up`, { date: dates[i % 3], note: '' })).status).toBe(200);
    }
    const tiefbauCase = (await allRequests()).find((d) => d.department === 'tiefbau' && ['received', 'in_progress'].includes(d.status));
    if (tiefbauCase) expect((await tiefbau.call('PUT', `/api/clerk/requests/${tiefbauCase._id}/follow-up`, { date: '2020-01-01', note: '' })).status).toBe(200);

    const due = new Set((await allInternal('followUp')).filter((f) => f.department === 'abfall' && f.followUpDate <= today).map((f) => f.requestId));
    const expected = newestFirst((await allRequests()).filter((d) => due.has(d._id) && d.department === 'abfall'));
    expect(expected.length).toBe(8);
    const got = await inbox(clerk, 'followUp=due&pageSize=500');
    expect(got.ids).toEqual(expected);
    expect(got.total).toBe(8);
    const inProgress = newestFirst((await allRequests()).filter((d) => due.has(d._id) && d.status === 'in_progress'));
    expect((await inbox(clerk, 'followUp=due&status=in_progress&pageSize=500')).ids).toEqual(inProgress);
    if (tiefbauCase) expect((await inbox(tiefbau, 'followUp=due')).ids).toEqual([tiefbauCase._id]);
  }, 180_000);
});
