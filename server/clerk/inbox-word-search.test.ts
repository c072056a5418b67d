import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { searchWords } from '../../domain/search';
import { berlinDayStart, nextDay } from './inbox-query';
import { wordSearchLimits } from './inbox-word-search';
import { startStoreCountProxy } from '../bench/store-count-proxy';
import { seedRequests } from '../bench/inbox-seed';
import type { Portal } from '../portal';
import type { StoredRequest } from '../requests';
import type { Store } from '../store';
import { ApiClient } from '../test-support/api-client';
import { startTestPortal, testStore, uniquePrefix } from '../test-support/test-portal';

/**
 * The inbox search over the word views (inbox-word-search): its pages and totals compared with
 * the plain definition computed over every stored document (one full read), for seeded requests
 * of several departments whose citizens share names and streets, under every filter and sort the
 * inbox accepts; the bounds lowered so the seeded data reaches them; what one page costs the store.
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
  all = await readAll();
}, 600_000);

async function readAll(): Promise<StoredRequest[]> {
  const res = await store.requests.list({ include_docs: true });
  return res.rows.map((r) => r.doc as unknown as StoredRequest).filter((d) => d?.type === 'request');
}
afterAll(async () => {
  await counting?.stop();
  await proxy?.stop();
  await portal?.stop();
});

interface Filter {
  status?: string;
  service?: string;
  from?: string;
  to?: string;
  payment?: string;
  sort?: 'receivedAt' | 'reference' | 'status' | 'serviceId';
  dir?: 'asc' | 'desc';
}

/**
 * What the search means: every typed word begins a word of the case, in the clerk's department,
 * within the filters; sorted by the column, then the date, then the id (the order the inbox has
 * always shown a search in).
 */
function expected(q: string, filter: Filter = {}): string[] {
  const typed = searchWords(q).slice(0, 5);
  const sort = filter.sort ?? 'receivedAt';
  const sign = (filter.dir ?? (sort === 'receivedAt' ? 'desc' : 'asc')) === 'asc' ? 1 : -1;
  const from = filter.from ? berlinDayStart(filter.from) : '';
  const to = filter.to ? berlinDayStart(nextDay(filter.to)) : '\uffff';
  const field = (d: StoredRequest) => String(sort === 'receivedAt' ? d.receivedAt : ((d as unknown as Record<string, unknown>)[sort] ?? ''));
  return all
    .filter((d) => d.department === 'abfall' && d.receivedAt && d.receivedAt >= from && d.receivedAt < to)
    .filter((d) => (!filter.status || d.status === filter.status) && (!filter.service || d.serviceId === filter.service) && (!filter.payment || d.payment?.state === filter.payment))
    .filter((d) => typed.every((t) => (d.search?.words ?? []).some((w) => w.startsWith(t))))
    .sort((a, b) => sign * (field(a).localeCompare(field(b)) || a.receivedAt!.localeCompare(b.receivedAt!) || a._id.localeCompare(b._id)))
    .map((d) => d._id);
}

const queryOf = (q: string, filter: Filter) =>
  [`q=${encodeURIComponent(q)}`, ...Object.entries(filter).map(([k, v]) => `${k}=${encodeURIComponent(v!)}`)].join('&');

async function allPages(query: string, pageSize = 7): Promise<{ ids: string[]; totals: (number | null)[]; moreThan: (number | undefined)[] }> {
  const ids: string[] = [];
  const totals: (number | null)[] = [];
  const moreThan: (number | undefined)[] = [];
  for (let page = 1; page < 100; page++) {
    const res = await clerk.call('GET', `/api/clerk/requests?${query}&pageSize=${pageSize}&page=${page}`);
    expect(res.status, `${query} ${JSON.stringify(res.body)}`).toBe(200);
    ids.push(...(res.body.requests as { id: string }[]).map((r) => r.id));
    totals.push(res.body.total);
    moreThan.push(res.body.totalMoreThan);
    if (!res.body.hasNext) break;
  }
  return { ids, totals, moreThan };
}

/** A Berlin calendar day some way into the seeded two years (the seeding spreads the dates evenly). */
function dayAt(share: number): string {
  const dates = all.filter((d) => d.receivedAt).map((d) => d.receivedAt!).sort();
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(dates[Math.floor(share * (dates.length - 1))]));
}

describe('inbox search over the word views', () => {
  it('pages and counts exactly what the search means, under every filter and sort, never another department\'s case', { timeout: 600_000 }, async () => {
    const from = dayAt(0.3);
    const to = dayAt(0.8);
    const payment = all.find((d) => d.department === 'abfall' && d.payment)?.payment?.state;
    const filters: Filter[] = [
      {},
      { dir: 'asc' },
      { status: 'received' },
      { service: 'sperrmuellkarte', sort: 'serviceId' },
      { sort: 'serviceId', dir: 'desc' },
      { from, to },
      { from, to, sort: 'reference', dir: 'desc' },
      { sort: 'reference' },
      { sort: 'reference', status: 'completed' },
      { sort: 'status' },
      { sort: 'status', dir: 'desc', from },
      { sort: 'status', status: 'completed' },
      { status: 'completed', to },
      ...(payment ? [{ payment }, { payment, status: 'completed', sort: 'reference' as const }] : []),
    ];
    // One word, one stored word (a surname); one word for several (Schmidt, Schneider); a
    // beginning; name and first name; streets of two words, either order; a word no case has.
    const queries = ['Müller', 'muell', 'sch', 'Anna Müller', 'alter münster', 'Alter Bahnh', 'münster alter', 'zzz'];
    for (const q of queries) {
      for (const filter of filters) {
        const want = expected(q, filter);
        const got = await allPages(queryOf(q, filter));
        expect(got.ids, queryOf(q, filter)).toEqual(want);
        expect(new Set(got.totals), queryOf(q, filter)).toEqual(new Set([want.length]));
      }
    }
    for (const q of ['Müller', 'alter münster', 'sch']) expect(expected(q).length, q).toBeGreaterThan(20);
    // The same surnames live in other departments too: the waste clerk's totals leave them out.
    const elsewhere = all.filter((d) => d.department !== 'abfall' && d.receivedAt && d.search?.words.includes('mueller'));
    expect(elsewhere.length).toBeGreaterThan(0);
  });

  it('sorts a street search by reference, page 2 as every page, however many cases the words match alone', { timeout: 120_000 }, async () => {
    const limits = { ...wordSearchLimits };
    // The "too many matches" bound, lowered below the cases of "alter" (two streets): a search
    // that reads every match of each word is refused here, as it was at 50,000 requests.
    wordSearchLimits.maxRows = 30;
    try {
      const alter = expected('alter').length;
      const want = expected('alter münster', { sort: 'reference' });
      expect(alter).toBeGreaterThan(30);
      expect(want.length).toBeGreaterThan(7);
      const res = await clerk.call('GET', `/api/clerk/requests?q=alter%20m%C3%BCnster&sort=reference&dir=asc&page=2&pageSize=7`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.requests.map((r: { id: string }) => r.id)).toEqual(want.slice(7, 14));
      expect(res.body.total).toBe(want.length);
    } finally {
      Object.assign(wordSearchLimits, limits);
    }
  });

  it('says "more than" for a total above the bound, and still pages exactly', { timeout: 300_000 }, async () => {
    const limits = { ...wordSearchLimits };
    wordSearchLimits.totalCap = 10;
    try {
      for (const [q, filter, shown] of [
        ['Müller', {}, 'moreThan'],
        ['sch', { sort: 'reference' }, 'moreThan'],
        ['Müller', { status: 'received' }, 'exact'],
        ['Anna Müller', {}, 'exact'],
        // Two words: their common cases are not counted beyond the bound, nor claimed to be many.
        ['alter münster', {}, 'unknown'],
      ] as [string, Filter, string][]) {
        const want = expected(q, filter);
        const got = await allPages(queryOf(q, filter), 5);
        expect(got.ids, q).toEqual(want);
        if (shown === 'exact') expect([want.length <= 10, ...new Set(got.totals)], q).toEqual([true, want.length]);
        // "More than" from the first page on; a last page the walk reached knows the number.
        if (shown === 'moreThan') {
          expect([want.length > 10, got.totals[0], got.moreThan[0]], q).toEqual([true, null, 10]);
          got.totals.forEach((total, i) => expect(total === null ? got.moreThan[i] : total, q).toBe(total === null ? 10 : want.length));
        }
        // Unknown while pages follow; the last page knows how many there were.
        if (shown === 'unknown') expect([want.length > 10, got.totals[0], got.totals.at(-1)], q).toEqual([true, null, want.length]);
      }
    } finally {
      Object.assign(wordSearchLimits, limits);
    }
  });

  it('finds a case under its new status right after the clerk changes it, and no longer under the old', { timeout: 120_000 }, async () => {
    const target = all.find((d) => d.department === 'abfall' && d.status === 'received' && d.search?.words.includes('alter'))!;
    expect(target).toBeDefined();
    const street = String(target.answers.street);
    const before = { received: expected(street, { status: 'received' }), inProgress: expected(street, { status: 'in_progress' }) };
    expect(before.received).toContain(target._id);
    const res = await clerk.call('POST', `/api/clerk/requests/${target._id}/actions`, { action: 'start', paymentOverride: 'Im Test ohne Zahlung' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    all = await readAll();
    for (const [filter, ids] of [
      [{ status: 'received' }, before.received.filter((id) => id !== target._id)],
      [{ status: 'in_progress' }, [...before.inProgress, target._id]],
      [{ sort: 'status' }, undefined],
      [{ status: 'in_progress', sort: 'reference' }, undefined],
    ] as [Filter, string[] | undefined][]) {
      const want = expected(street, filter);
      if (ids) expect([...want].sort()).toEqual([...ids].sort());
      const got = await allPages(queryOf(street, filter));
      expect(got.ids, JSON.stringify(filter)).toEqual(want);
      expect(new Set(got.totals)).toEqual(new Set([want.length]));
    }
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

  it('reads a street of two words sorted by reference as one walk, not the cases of each word', async () => {
    // Reading the cases of each word and intersecting them cost this many rows.
    const eachWord = expected('alter').length + expected('bahnh').length;
    const query = '/api/clerk/requests?q=alter%20bahnh&sort=reference&page=2&pageSize=5';
    await countedClerk.call('GET', query);
    proxy.reset();
    const res = await countedClerk.call('GET', query);
    expect(res.status).toBe(200);
    expect(res.body.requests.map((r: { id: string }) => r.id)).toEqual(expected('alter bahnh', { sort: 'reference' }).slice(5, 10));
    expect(proxy.counts.rows).toBeLessThan(eachWord);
  });
});
