import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { searchWords } from '../../domain/search';
import { startStoreCountProxy } from '../bench/store-count-proxy';
import { seedRequests } from '../bench/inbox-seed';
import type { Portal } from '../portal';
import type { StoredRequest } from '../requests';
import type { Store } from '../store';
import { ApiClient } from '../test-support/api-client';
import { startTestPortal, testStore, uniquePrefix } from '../test-support/test-portal';

/**
 * The inbox search over the word views (inbox-word-search): its pages and totals compared with
 * the plain definition computed over every stored document, for seeded requests of several
 * departments whose citizens share names; and what one page costs the store.
 */
const prefix = uniquePrefix();
let portal: Portal;
let counting: Portal;
let proxy: Awaited<ReturnType<typeof startStoreCountProxy>>;
let store: Store;
let clerk: ApiClient;
let countedClerk: ApiClient;
let all: StoredRequest[];

beforeAll(async () => {
  portal = await startTestPortal({ prefix });
  store = testStore(prefix);
  await seedRequests(store, 300);
  proxy = await startStoreCountProxy(inject('storeUrl'));
  // A second, stateless portal reaching the same store through a proxy that counts the rows it reads.
  counting = await startTestPortal({ prefix, role: 'api', storeUrl: proxy.url });
  clerk = new ApiClient(portal.url);
  countedClerk = new ApiClient(counting.url);
  await clerk.login('abfall@stadt-werne.example', 'werne-demo-abfall');
  await countedClerk.login('abfall@stadt-werne.example', 'werne-demo-abfall');
  const res = await store.requests.list({ include_docs: true });
  all = res.rows.map((r) => r.doc as unknown as StoredRequest).filter((d) => d?.type === 'request');
}, 600_000);
afterAll(async () => {
  await counting?.stop();
  await proxy?.stop();
  await portal?.stop();
});

/** What the search means: every typed word begins a word of the case, in the clerk's department. */
function expected(q: string, status?: string, dir: 'asc' | 'desc' = 'desc'): string[] {
  const typed = searchWords(q);
  const sign = dir === 'asc' ? 1 : -1;
  return all
    .filter((d) => d.department === 'abfall' && d.receivedAt && (!status || d.status === status))
    .filter((d) => typed.every((t) => (d.search?.words ?? []).some((w) => w.startsWith(t))))
    .sort((a, b) => sign * (a.receivedAt!.localeCompare(b.receivedAt!) || a._id.localeCompare(b._id)))
    .map((d) => d._id);
}

async function allPages(query: string, pageSize = 7): Promise<{ ids: string[]; totals: number[] }> {
  const ids: string[] = [];
  const totals: number[] = [];
  for (let page = 1; page < 100; page++) {
    const res = await clerk.call('GET', `/api/clerk/requests?${query}&pageSize=${pageSize}&page=${page}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    ids.push(...(res.body.requests as { id: string }[]).map((r) => r.id));
    totals.push(res.body.total);
    if (!res.body.hasNext) break;
  }
  return { ids, totals };
}

describe('inbox search over the word views', () => {
  it('pages and counts exactly what the search means, never another department\'s case', { timeout: 300_000 }, async () => {
    const cases: [string, string | undefined, 'asc' | 'desc'][] = [
      ['Müller', undefined, 'desc'],
      ['schmidt', 'received', 'desc'],
      ['muell', undefined, 'asc'],
      // Two stored words begin with "sch" (Schmidt, Schneider): their cases once each.
      ['sch', undefined, 'desc'],
      ['Anna Müller', undefined, 'desc'],
      // Two words and a status: the status one of those cases has (the seeding's mix decides).
      ['Anna Müller', all.find((d) => d._id === expected('Anna Müller')[0])?.status, 'asc'],
    ];
    for (const [q, status, dir] of cases) {
      const want = expected(q, status, dir);
      expect(want.length, q).toBeGreaterThan(0);
      const got = await allPages(`q=${encodeURIComponent(q)}${status ? `&status=${status}` : ''}&dir=${dir}`);
      expect(got.ids, `${q} ${status}`).toEqual(want);
      expect(new Set(got.totals), `${q} ${status}`).toEqual(new Set([want.length]));
    }
    // The same surnames live in other departments too: the waste clerk's totals leave them out.
    const elsewhere = all.filter((d) => d.department !== 'abfall' && d.receivedAt && d.search?.words.includes('mueller'));
    expect(elsewhere.length).toBeGreaterThan(0);
  });

  it('sorted by reference, pages in reference order', { timeout: 120_000 }, async () => {
    const want = all
      .filter((d) => d.department === 'abfall' && d.receivedAt && d.search?.words.includes('schneider'))
      .sort((a, b) => a.reference!.localeCompare(b.reference!))
      .map((d) => d._id);
    const got = await allPages('q=schneider&sort=reference&dir=asc', 5);
    expect(got.ids).toEqual(want);
  });

  it('reads one page of rows from the store, not every match', async () => {
    const matches = expected('Müller').length;
    expect(matches).toBeGreaterThan(20);
    await countedClerk.call('GET', '/api/clerk/requests?q=M%C3%BCller&pageSize=5');
    proxy.reset();
    const res = await countedClerk.call('GET', '/api/clerk/requests?q=M%C3%BCller&pageSize=5');
    expect([res.status, res.body.total]).toEqual([200, matches]);
    // Finding the stored word (a row), the page (6 rows), its 5 documents and names, their
    // assignments and follow-ups: a few dozen at most, however many cases match.
    expect(proxy.counts.rows).toBeLessThan(matches);
    expect(proxy.counts.rows).toBeLessThanOrEqual(30);
  });
});
