import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import type { StoredRequest } from '../requests';
import { updateDocument, type Store } from '../store';
import { ApiClient } from '../test-support/api-client';
import { startTestPortal, testStore, uniquePrefix } from '../test-support/test-portal';

// What the inbox's indexes can get wrong: another department's case, a name or umlaut spelled
// otherwise, words left stale by an edit or missing on older documents, totals after actions, pages.
const prefix = uniquePrefix();
let portal: Portal;
let store: Store;
let abfall: ApiClient;
let ordnung: ApiClient;
let joerg: ApiClient;
let ayse: ApiClient;
let bruno: ApiClient;
let petra: ApiClient;
const c: Record<string, string> = {};

type Inbox = { requests: { id: string; status: string }[]; total: number | null; hasNext: boolean; counts: Record<string, number> };
async function inbox(clerk: ApiClient, query: string): Promise<Inbox> {
  const res = await clerk.call('GET', `/api/clerk/requests?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}
const ids = async (clerk: ApiClient, query: string) => (await inbox(clerk, query)).requests.map((r) => r.id);
const act = (clerk: ApiClient, id: string, body: object) => clerk.call('POST', `/api/clerk/requests/${id}/actions`, body);

beforeAll(async () => {
  portal = await startTestPortal({ prefix });
  store = testStore(prefix);
  [joerg, ayse, bruno, petra, abfall, ordnung] = Array.from({ length: 6 }, () => new ApiClient(portal.url));
  await joerg.register('Jörg Müller');
  await ayse.register('Ayşe Yılmaz');
  await bruno.register('Bruno Becker');
  await petra.register('Petra Öztürk');
  await abfall.login('abfall@stadt-werne.example', 'werne-demo-abfall');
  await ordnung.login('ordnung@stadt-werne.example', 'werne-demo-ordnung');
  c.joerg = await joerg.sendRouted({ street: 'Kamener Straße' });
  c.ayse = await ayse.sendRouted({ street: 'Münsterstraße' });
  c.bruno = await bruno.sendRouted({ street: 'Bonenstraße' });
  for (let i = 0; i < 5; i++) c[`petra${i}`] = await petra.sendRouted({ street: 'Markt' });
}, 180_000);
afterAll(() => portal.stop());

describe('inbox search and filters answered from indexes', () => {
  it('finds a name or a street however its case and umlauts are typed', async () => {
    for (const q of ['Müller', 'mueller', 'MÜLLER', 'MUELL', 'jörg müller']) expect(await ids(abfall, `q=${encodeURIComponent(q)}`), q).toEqual([c.joerg]);
    for (const q of ['Yılmaz', 'yilmaz', 'YILMAZ', 'ayse']) expect(await ids(abfall, `q=${encodeURIComponent(q)}`), q).toEqual([c.ayse]);
    for (const q of ['Münsterstraße', 'muensterstrasse', 'MÜNSTERSTR']) expect(await ids(abfall, `q=${encodeURIComponent(q)}`), q).toEqual([c.ayse]);
    expect((await inbox(abfall, 'q=m%C3%BCller')).total).toBe(1);
    expect(await ids(abfall, 'q=m%C3%BCller%20yilmaz')).toEqual([]);
  });

  it('finds a case by the name the citizen has now, not the one before the profile edit', async () => {
    const saved = await joerg.call('POST', '/api/profile', { profile: { name: 'Jörg Schäfer' } });
    expect(saved.status).toBe(200);
    expect(await ids(abfall, 'q=schaefer')).toEqual([c.joerg]);
    expect(await ids(abfall, 'q=Sch%C3%A4fer')).toEqual([c.joerg]);
    expect(await ids(abfall, 'q=m%C3%BCller')).toEqual([]);
  });

  it('never shows another department\'s case, whatever the filter, and shows it to that department', async () => {
    expect((await abfall.call('POST', `/api/clerk/requests/${c.bruno}/assignment`, { action: 'assignToMe' })).status).toBe(200);
    expect((await abfall.call('PUT', `/api/clerk/requests/${c.bruno}/follow-up`, { date: '2020-01-02', note: 'nachfassen' })).status).toBe(200);
    expect(await ids(abfall, 'assignee=me')).toContain(c.bruno);
    expect(await ids(abfall, 'followUp=due')).toContain(c.bruno);
    expect((await act(abfall, c.bruno, { action: 'forward', reason: 'Straßensache', department: 'ordnung' })).status).toBe(200);
    // As if the process had stopped between the forward and the release of the assignment.
    const me = (await abfall.call('GET', '/api/auth/me')).body.user.id as string;
    await updateDocument(store.internal, `assignment:${c.bruno}`, (d) => ({ ...(d ?? {}), _id: `assignment:${c.bruno}`, type: 'assignment', requestId: c.bruno, assigneeId: me, assigneeName: 'x', at: new Date().toISOString() }));
    for (const query of ['', 'q=becker', 'q=bonenstr', 'assignee=me', 'followUp=due', 'assignee=none', 'status=received', 'q=becker&status=received', 'assignee=me&sort=reference']) {
      const seen = await inbox(abfall, query);
      expect(seen.requests.map((r) => r.id), query).not.toContain(c.bruno);
    }
    expect((await inbox(abfall, 'assignee=me')).total).toBe(0);
    expect((await inbox(abfall, 'q=becker')).total).toBe(0);
    expect(await ids(ordnung, 'q=becker')).toEqual([c.bruno]);
    expect(await ids(ordnung, 'q=BONENSTRASSE')).toEqual([c.bruno]);
    expect(await ids(ordnung, 'q=yilmaz')).toEqual([]);
    expect(await ids(ordnung, 'followUp=due')).toEqual([]);
  });

  it('keeps totals of searches and "mine" right after each action', async () => {
    expect((await inbox(abfall, 'q=yilmaz&status=received')).total).toBe(1);
    expect((await act(abfall, c.ayse, { action: 'start', paymentOverride: 'Im Test ohne Zahlung' })).status).toBe(200);
    expect((await inbox(abfall, 'q=yilmaz&status=received')).total).toBe(0);
    expect(await ids(abfall, 'q=yilmaz&status=in_progress')).toEqual([c.ayse]);
    await abfall.call('POST', `/api/clerk/requests/${c.ayse}/assignment`, { action: 'assignToMe' });
    const mine = await inbox(abfall, 'assignee=me&status=in_progress');
    expect([mine.requests.map((r) => r.id), mine.total]).toEqual([[c.ayse], 1]);
    expect((await inbox(abfall, 'assignee=me&status=received')).total).toBe(0);
  });

  it('pages through equal dates without a case twice or missing while cases are taken meanwhile', async () => {
    const petras = [0, 1, 2, 3, 4].map((i) => c[`petra${i}`]);
    // Routing stamps one batch with one time: the pages must still be one order.
    const at = new Date().toISOString();
    for (const id of petras) await updateDocument<StoredRequest>(store.requests, id, (d) => (d ? { ...d, receivedAt: at } : undefined));
    for (const id of [...petras].reverse()) await abfall.call('POST', `/api/clerk/requests/${id}/assignment`, { action: 'assignToMe' });
    for (const query of ['q=oeztuerk', 'assignee=me', 'assignee=me&sort=status']) {
      const seen: string[] = [];
      for (let page = 1; page <= 3; page++) {
        const res = await inbox(abfall, `${query}&pageSize=2&page=${page}`);
        seen.push(...res.requests.map((r) => r.id));
        expect(res.hasNext, `${query} page ${page}`).toBe(page < 3);
        // A colleague takes cases meanwhile (the assignment is new, the cases and their order are not).
        for (const id of petras.slice(page - 1, page + 1)) await abfall.call('POST', `/api/clerk/requests/${id}/assignment`, { action: 'assignToMe' });
      }
      const expected = query.startsWith('q=') ? petras : [...petras, c.ayse];
      expect([...seen].sort(), query).toEqual([...expected].sort());
    }
  }, 90_000);

  it('finds requests stored before the search kept its words, once a portal has started', { timeout: 90_000 }, async () => {
    const { _rev, search: _search, ...old } = (await store.requests.get(c.ayse)) as StoredRequest;
    const id = crypto.randomUUID();
    await store.requests.insert({ ...old, _id: id, reference: 'SPM-2020-424242', answers: { ...old.answers, street: 'Altstadtgasse' } } as never);
    expect(await ids(abfall, 'q=altstadtgasse')).toEqual([]);
    const second = await startTestPortal({ prefix, routing: false });
    try {
      expect(await ids(abfall, 'q=altstadtgasse')).toEqual([id]);
      expect((await ids(abfall, 'q=yilmaz')).sort()).toEqual([c.ayse, id].sort());
    } finally {
      await second.stop();
    }
  });
});
