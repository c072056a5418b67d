import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startStoreCountProxy } from '../bench/store-count-proxy';
import type { Portal } from '../portal';
import type { StoredRequest } from '../requests';
import type { Store } from '../store';
import { seedRequests } from '../bench/inbox-seed';
import { ApiClient } from '../test-support/api-client';
import { startTestPortal, testStore, uniquePrefix } from '../test-support/test-portal';
import { reconcileAssigneeCopies } from './assignee-copies';

/**
 * "Assigned to me" and "unassigned" read key ranges of the views inbox-assignee (a copy of the
 * assignee on the request); here every filter combination the inbox accepts is compared with the
 * plain definition computed over every stored document and assignment record, after each action.
 */
const prefix = uniquePrefix();
let portal: Portal;
let store: Store;
let clerk: ApiClient;
let lead: ApiClient;
let clerkId: string;
let leadId: string;
let open: StoredRequest[];

const OPEN = ['received', 'in_progress', 'needs_info'];
const SORTS = ['receivedAt', 'reference', 'status', 'serviceId'] as const;

beforeAll(async () => {
  portal = await startTestPortal({ prefix });
  store = testStore(prefix);
  await seedRequests(store, 200);
  clerk = new ApiClient(portal.url);
  lead = new ApiClient(portal.url);
  clerkId = (await clerk.login('abfall@stadt-werne.example', 'werne-demo-abfall')).body.user.id;
  leadId = (await lead.login('leitung-abfall@stadt-werne.example', 'werne-demo-leitung-abfall')).body.user.id;
  open = (await allRequests()).filter((d) => d.department === 'abfall' && OPEN.includes(d.status));
  expect(open.length).toBeGreaterThan(20);
}, 600_000);
afterAll(() => portal.stop());

async function allRequests(): Promise<StoredRequest[]> {
  const res = await store.requests.list({ include_docs: true });
  return res.rows.map((r) => r.doc as unknown as StoredRequest).filter((d) => d?.type === 'request');
}

/** The assignment records (`assignment:<request id>` in the internal database): request id → assignee id. */
async function records(): Promise<Map<string, string>> {
  const res = await store.internal.list({ include_docs: true });
  const out = new Map<string, string>();
  for (const row of res.rows) {
    const d = row.doc as unknown as { type?: string; requestId?: string; assigneeId?: string };
    if (d?.type === 'assignment' && row.id === `assignment:${d.requestId}`) out.set(d.requestId!, d.assigneeId!);
  }
  return out;
}

interface Query {
  assignee: 'me' | 'none';
  status?: string;
  sort?: (typeof SORTS)[number];
  dir?: 'asc' | 'desc';
  service?: string;
  from?: string;
  to?: string;
}

const berlinDay = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(iso));

/** The plain definition: every case of the department with the assignment (or none) asked for, filtered and sorted as the inbox sorts (field, then date, then id, all one way). */
async function expected(q: Query, userId: string): Promise<string[]> {
  const [docs, assigned] = await Promise.all([allRequests(), records()]);
  const sort = q.sort ?? 'receivedAt';
  const sign = (q.dir ?? (sort === 'receivedAt' ? 'desc' : 'asc')) === 'asc' ? 1 : -1;
  return docs
    .filter(
      (d) =>
        d.department === 'abfall' &&
        d.receivedAt &&
        !d.deleted &&
        (q.assignee === 'me' ? assigned.get(d._id) === userId : !assigned.has(d._id)) &&
        (q.status ? d.status === q.status : q.assignee === 'me' || OPEN.includes(d.status)) &&
        (!q.service || d.serviceId === q.service) &&
        (!q.from || berlinDay(d.receivedAt) >= q.from) &&
        (!q.to || berlinDay(d.receivedAt) <= q.to),
    )
    .sort((a, b) => sign * ((a[sort] ?? '').localeCompare(b[sort] ?? '') || a.receivedAt!.localeCompare(b.receivedAt!) || a._id.localeCompare(b._id)))
    .map((d) => d._id);
}

const search = (q: Query, extra: Record<string, string | number>) =>
  new URLSearchParams(Object.entries({ ...q, ...extra }).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)])).toString();

/** The inbox's answer equals the plain definition: all of it in one page, and a middle page with its total and hasNext. */
async function expectSame(who: ApiClient, userId: string, q: Query) {
  const want = await expected(q, userId);
  const all = await who.call('GET', `/api/clerk/requests?${search(q, { pageSize: 500 })}`);
  expect(all.status, search(q, {})).toBe(200);
  expect(all.body.requests.map((r: { id: string }) => r.id), search(q, {})).toEqual(want);
  expect(all.body.total, search(q, {})).toBe(want.length);
  const page = await who.call('GET', `/api/clerk/requests?${search(q, { pageSize: 4, page: 2 })}`);
  expect(page.body.requests.map((r: { id: string }) => r.id), `${search(q, {})} page 2`).toEqual(want.slice(4, 8));
  expect([page.body.total, page.body.hasNext], `${search(q, {})} page 2`).toEqual([want.length, want.length > 8]);
}

/** The combinations a clerk uses most: alone, per status, each sort. */
async function expectCommonSame(who: ApiClient, userId: string) {
  for (const assignee of ['me', 'none'] as const) {
    for (const status of [undefined, 'received', 'in_progress']) {
      for (const sort of ['receivedAt', 'reference', 'status'] as const) await expectSame(who, userId, { assignee, status, sort });
    }
  }
}

describe('inbox "assigned to me" and "unassigned" from the views inbox-assignee', () => {
  it('equal the plain definition for every filter combination the inbox accepts', async () => {
    const mine = open.filter((_, i) => i % 3 === 0).map((d) => d._id);
    const leads = open.filter((_, i) => i % 3 === 1).map((d) => d._id);
    expect((await clerk.call('POST', '/api/clerk/bulk', { ids: mine, action: 'assignToMe' })).status).toBe(200);
    expect((await lead.call('POST', '/api/clerk/bulk', { ids: leads, action: 'assignToMe' })).status).toBe(200);
    const days = open.map((d) => berlinDay(d.receivedAt!)).sort();
    const from = days[Math.floor(days.length / 4)];
    const to = days[Math.floor((days.length * 3) / 4)];
    for (const assignee of ['me', 'none'] as const) {
      for (const status of [undefined, 'received', 'in_progress', 'needs_info', 'completed']) {
        for (const sort of SORTS) {
          for (const dir of ['asc', 'desc'] as const) await expectSame(clerk, clerkId, { assignee, status, sort, dir });
        }
        await expectSame(clerk, clerkId, { assignee, status, from, to });
        await expectSame(clerk, clerkId, { assignee, status, from, to, sort: 'status', dir: 'asc' });
        await expectSame(clerk, clerkId, { assignee, status, from, to, sort: 'reference' });
        await expectSame(clerk, clerkId, { assignee, status, service: 'sperrmuellkarte' });
      }
    }
    await expectSame(lead, leadId, { assignee: 'me' });
    await expectSame(lead, leadId, { assignee: 'me', sort: 'reference' });
  }, 600_000);

  it('stay right after assign → hand over → unassign, a status change and a forward of an assigned case', async () => {
    const free = (await expected({ assignee: 'none' }, clerkId)).slice(0, 3);
    expect(free.length).toBe(3);
    const [a, b, c] = free;
    for (const id of free) expect((await clerk.call('POST', `/api/clerk/requests/${id}/assignment`, { action: 'assignToMe' })).status).toBe(200);
    await expectCommonSame(clerk, clerkId);
    // The lead hands one to himself: at once it leaves the clerk's list and total and joins his.
    expect((await lead.call('POST', `/api/clerk/requests/${a}/assignment`, { action: 'assign', assigneeId: leadId })).status).toBe(200);
    await expectCommonSame(clerk, clerkId);
    await expectSame(lead, leadId, { assignee: 'me' });
    expect((await lead.call('GET', '/api/clerk/requests?assignee=me&pageSize=500')).body.requests.map((r: { id: string }) => r.id)).toContain(a);
    // Released: unassigned again, counted there at once.
    const unassignedBefore = (await clerk.call('GET', '/api/clerk/requests?assignee=none')).body.total as number;
    expect((await lead.call('POST', `/api/clerk/requests/${a}/assignment`, { action: 'unassign' })).status).toBe(200);
    expect((await clerk.call('GET', '/api/clerk/requests?assignee=none')).body.total).toBe(unassignedBefore + 1);
    await expectCommonSame(clerk, clerkId);
    // A status change of an assigned case moves it between the status filters in the same write.
    const bStatus = (await store.requests.get(b)).status as string;
    const body = bStatus === 'in_progress' ? { action: 'askForInfo', reason: 'Bitte Foto nachreichen' } : { action: 'start', paymentOverride: 'Im Test ohne Zahlung' };
    const moved = await clerk.call('POST', `/api/clerk/requests/${b}/actions`, body);
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    await expectCommonSame(clerk, clerkId);
    await expectSame(clerk, clerkId, { assignee: 'me', status: 'needs_info' });
    // Forwarded: the case leaves the clerk's list and total, and is not the new department's "unassigned" twice.
    const fwd = await clerk.call('POST', `/api/clerk/requests/${c}/actions`, { action: 'forward', reason: 'Zuständigkeit', department: 'ordnung' });
    expect(fwd.status, JSON.stringify(fwd.body)).toBe(200);
    await expectCommonSame(clerk, clerkId);
    expect((await store.requests.get(c)).assignedTo).toBeUndefined();
  }, 600_000);

  it('mends a copy that disagrees with the assignment record (a crash between the two writes), on the page and at start', async () => {
    const [x, y] = (await expected({ assignee: 'none' }, clerkId)).slice(0, 2);
    // A copy naming the clerk without a record: the page shows it not, and mends it.
    const doc = (await store.requests.get(x)) as unknown as StoredRequest;
    await store.requests.insert({ ...doc, assignedTo: { id: clerkId, department: 'abfall' } } as never);
    await expectSame(clerk, clerkId, { assignee: 'me' });
    expect(((await store.requests.get(x)) as unknown as StoredRequest).assignedTo).toBeUndefined();
    // A record without a copy (an assignment stored before the copies existed): the start-up pass writes it.
    await store.internal.insert({ _id: `assignment:${y}`, type: 'assignment', requestId: y, assigneeId: clerkId, assigneeName: 'x', at: new Date().toISOString() });
    expect(await reconcileAssigneeCopies(store)).toBe(1);
    expect(await reconcileAssigneeCopies(store)).toBe(0);
    await expectCommonSame(clerk, clerkId);
  }, 600_000);

  it('reads one page of rows from the store, not every match, and counts the rest in the store', async () => {
    // Most open cases to the clerk, so "mine" has more matches than a page costs.
    const free = await expected({ assignee: 'none' }, clerkId);
    expect((await clerk.call('POST', '/api/clerk/bulk', { ids: free.slice(2), action: 'assignToMe' })).status).toBe(200);
    const proxy = await startStoreCountProxy(inject('storeUrl'));
    // A second, stateless portal reaching the same store through a proxy that counts the rows it reads.
    const counting = await startTestPortal({ prefix, role: 'api', storeUrl: proxy.url });
    try {
      const counted = new ApiClient(counting.url);
      await counted.login('abfall@stadt-werne.example', 'werne-demo-abfall');
      for (const q of [{ assignee: 'me' }, { assignee: 'me', sort: 'reference' }, { assignee: 'none', status: 'completed' }, { assignee: 'none', status: 'completed', sort: 'status' }] as Query[]) {
        const matches = (await expected(q, clerkId)).length;
        expect(matches, search(q, {})).toBeGreaterThan(15);
        await counted.call('GET', `/api/clerk/requests?${search(q, { pageSize: 2 })}`);
        proxy.reset();
        const res = await counted.call('GET', `/api/clerk/requests?${search(q, { pageSize: 2, page: 2 })}`);
        expect([res.status, res.body.total], search(q, {})).toEqual([200, matches]);
        // The page (3 rows), its 2 documents, names, assignments and follow-ups, the session: 11
        // here, however many match; the total is counted in the store (`reduced`), not read.
        expect(proxy.counts.rows, search(q, {})).toBeLessThanOrEqual(15);
        expect(proxy.counts.reduced, search(q, {})).toBe(matches);
      }
    } finally {
      await counting.stop();
      await proxy.stop();
    }
  }, 600_000);

  it('never sends the copy to the citizen\'s device', async () => {
    const assigned = (await allRequests()).find((d) => d.assignedTo)!;
    expect(assigned).toBeDefined();
    const { toDeviceDoc } = await import('../requests');
    expect(toDeviceDoc(assigned)).not.toHaveProperty('assignedTo');
  });
});
