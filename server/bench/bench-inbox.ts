/**
 * `npm run bench:inbox`: inbox query latency on a fresh embedded store holding BENCH_INBOX_REQUESTS
 * (default 50,000) routed requests of 10,000 citizens, over HTTP through the clerk API as the
 * workspace calls it. Prints p50/p95 per common view (after one untimed warm-up call, which
 * builds nothing any more: every index and view is built, and timed, before). Figures only,
 * never asserted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEPARTMENTS } from '../../domain/catalogue/departments';
import { reconcileAssigneeCopies } from '../clerk';
import { loadConfig } from '../config';
import { startPortal } from '../portal';
import { openStore, setupDatabases, startEmbeddedStore } from '../store';
import { ApiClient } from '../test-support/api-client';
import { STREETS, seedRequests, seedWorkday } from './inbox-seed';
import { startStoreCountProxy } from './store-count-proxy';

// BENCH_INBOX_REQUESTS=5000 for a quick check; the figures the issue asks for are at 50,000.
const REQUESTS = Number(process.env.BENCH_INBOX_REQUESTS ?? process.env.BENCH_REQUESTS ?? 50_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bp-bench-inbox-'));
  const embedded = await startEmbeddedStore({ dataDir });
  const prefix = 'bench_';
  const store = openStore(embedded.url, prefix);
  let portal: Awaited<ReturnType<typeof startPortal>> | undefined;
  let countingPortal: Awaited<ReturnType<typeof startPortal>> | undefined;
  let proxy: Awaited<ReturnType<typeof startStoreCountProxy>> | undefined;
  try {
    await setupDatabases(store);
    const seedStart = performance.now();
    const seeded = await seedRequests(store, REQUESTS, (done) => process.stdout.write(`\rseeded ${done} / ${REQUESTS}`));
    const seedSeconds = seconds(seedStart);
    console.log(`\nseeding ${REQUESTS} requests and ${seeded.citizens} citizens (_bulk_docs) took ${seedSeconds} s`);

    // The embedded store builds an index or view on its first use; build them all here, each
    // timed, so the figures below are the steady state a running portal sees.
    console.log('\nbuilding indexes and views once, on their first query (embedded store), s:');
    let buildSeconds = 0;
    const build = async (name: string, run: () => Promise<unknown>) => {
      const t = performance.now();
      // A build can outlast fetch's 5-minute wait for headers; the store keeps building, so ask again.
      for (let attempt = 0; ; attempt++) {
        try {
          await run();
          break;
        } catch (err) {
          if (attempt >= 5 || !/fetch failed|timeout/i.test(String((err as Error)?.message ?? err))) throw err;
        }
      }
      buildSeconds += (performance.now() - t) / 1000;
      console.log(`  ${name.padEnd(44)} ${seconds(t)}`);
    };
    for (const index of ['by-department-received', 'by-department-status-received', 'by-department-service-received', 'by-department-status-service-received', 'by-department-reference']) {
      await build(index, () => store.requests.find({ selector: { department: 'abfall' }, use_index: `idx-${index}`, limit: 1 } as never));
    }
    await build('view inbox/by-department-status', () => store.requests.view('inbox', 'by-department-status', { limit: 1 }));
    // The embedded store builds each view of a design document on its own first query (the
    // first "assigned to me" call built inbox-search/summary: ~60 s at 10,000 requests under load).
    await build('view inbox-search/summary', () => store.requests.view('inbox-search', 'summary', { limit: 1 }));
    // The search's pages and totals (inbox-word-search); the embedded store builds each view on its own.
    for (const view of ['by-word-received', 'by-word-status-received', 'by-word-reference']) {
      await build(`view inbox-words/${view}`, () => store.requests.view('inbox-words', view, { limit: 1, reduce: false }));
    }
    // "Assigned to me" and "unassigned" (inbox-assignee): a page is a key range, its total the range's `_count`.
    const assigneeViews = ['received', 'status-received', 'reference', 'status-reference'];
    for (const view of assigneeViews) {
      await build(`view inbox-assignee/${view}`, () => store.requests.view('inbox-assignee', view, { limit: 1, reduce: false }));
    }

    const portalConfig = (url: string, role: string) => ({
      ...loadConfig({ ...process.env, PORT: '0', PORTAL_ROLE: role, COUCHDB_URL: url, DB_PREFIX: prefix, LOG_LEVEL: 'silent', DATA_DIR: dataDir, SESSION_SECRET: 'bench-secret-'.padEnd(40, 'x') }),
      routing: false,
      authRateLimitPerMinute: 10_000,
    });
    portal = await startPortal(portalConfig(embedded.url, 'all'));
    // A second, stateless portal reaches the store through a counting proxy: one call per view
    // there gives the store requests and rows each view costs, figures the load cannot change.
    proxy = await startStoreCountProxy(embedded.url);
    countingPortal = await startPortal(portalConfig(proxy.url, 'api'));
    const clerk = new ApiClient(portal.url);
    const login = await clerk.login('abfall@stadt-werne.example', 'werne-demo-abfall');
    if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
    const counted = new ApiClient(countingPortal.url);
    if ((await counted.login('abfall@stadt-werne.example', 'werne-demo-abfall')).status !== 200) throw new Error('login failed (counting portal)');

    const work = await seedWorkday(store, seeded.openAbfall, login.body.user.id as string);
    // The workday's assignments are stored as records only (as before the requests carried a
    // copy); the start-up pass a portal runs gives the requests their copies, timed here.
    const tr = performance.now();
    const mended = await reconcileAssigneeCopies(store);
    console.log(`assignee copies written to ${mended} requests (as at a portal's start) in ${seconds(tr)} s`);
    for (const view of assigneeViews) {
      await build(`view inbox-assignee/${view} (after the copies)`, () => store.requests.view('inbox-assignee', view, { limit: 1, reduce: false }));
    }
    for (const view of ['by-assignee', 'follow-up-by-department-date']) {
      await build(`view inbox-internal/${view}`, () => store.internal.view('inbox-internal', view, { limit: 1 }));
    }
    console.log(`workday data: ${seeded.openAbfall.length} open cases, ${work.assigned} assigned, ${work.followUps} follow-ups`);
    console.log(`\nseeding took ${seedSeconds} s, building the indexes and views ${buildSeconds.toFixed(1)} s`);

    const today = new Date().toISOString().slice(0, 10);
    const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const views: [string, string][] = [
      ['newest first (default view)', ''],
      ['status = received', 'status=received'],
      ['status = in_progress, one service', 'status=in_progress&service=sperrmuellkarte'],
      ['received in the last 30 days', `from=${monthAgo}&to=${today}`],
      ['sorted by reference, page 5', 'sort=reference&dir=asc&page=5'],
      ['sorted by status', 'sort=status'],
      ['search: reference number', `q=${seeded.abfallReference}`],
      // One surname in fifteen: some 2,000 matching requests, read and sorted in the server.
      ['search: a common surname (~2,000 matches)', 'q=Yılmaz'],
      ['search: a common surname, spelled out (muell)', 'q=muell'],
      ['search: a street name', `q=${encodeURIComponent(streetStart(STREETS[0]))}`],
      ['search: surname + first name, status = received', 'q=Anna%20Yilmaz&status=received'],
      ['search: street, sorted by reference, page 2', `q=${encodeURIComponent(streetStart(STREETS[1]).toLowerCase())}&sort=reference&dir=asc&page=2`],
      ['assigned to me', 'assignee=me'],
      ['assigned to me, status = in_progress', 'assignee=me&status=in_progress'],
      ['assigned to me, sorted by reference, page 2', 'assignee=me&sort=reference&dir=asc&page=2'],
      ['assigned to me, sorted by status', 'assignee=me&sort=status'],
      ['unassigned (open cases)', 'assignee=none'],
      ['unassigned, status = received, page 3', 'assignee=none&status=received&page=3'],
      ['unassigned, sorted by reference', 'assignee=none&sort=reference&dir=asc'],
      ['follow-up due', 'followUp=due'],
      ['follow-up due, status = in_progress', 'followUp=due&status=in_progress'],
    ];
    console.log(`\ninbox of 'abfall' (~${Math.round(REQUESTS * 0.6 + (REQUESTS * 0.4) / DEPARTMENTS.length)} of ${REQUESTS} requests), ${RUNS} runs each, ms:`);
    console.log(`load average before the runs: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log(`${'view'.padEnd(52)} ${'first'.padStart(8)} ${'p50'.padStart(8)} ${'p95'.padStart(8)}  rows  total  load  store: requests  rows  reduced  skipped  KiB`);
    for (const [name, query] of views) {
      const t0 = performance.now();
      const first = await clerk.call('GET', `/api/clerk/requests?${query}`);
      const firstMs = performance.now() - t0;
      // A refusal the clerk would read (e.g. too many matches on a path that reads every match) is
      // a figure too: print it and go on to the other filters. A 5xx is a fault.
      if (first.status >= 400 && first.status < 500) {
        const codes = (first.body.problems ?? []).map((p: { code: string }) => p.code).join(', ');
        console.log(`${name.padEnd(52)} ${firstMs.toFixed(0).padStart(8)}  refused: ${first.status} ${first.body.error ?? ''} ${codes}`);
        continue;
      }
      if (first.status !== 200) throw new Error(`${name}: ${first.status} ${JSON.stringify(first.body)}`);
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        await clerk.call('GET', `/api/clerk/requests?${query}`);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      await counted.call('GET', `/api/clerk/requests?${query}`);
      proxy.reset();
      const check = await counted.call('GET', `/api/clerk/requests?${query}`);
      if (check.body.total !== first.body.total) throw new Error(`${name}: the counting portal saw total ${check.body.total}, not ${first.body.total}`);
      const c = proxy.counts;
      console.log(
        `${name.padEnd(52)} ${firstMs.toFixed(0).padStart(8)} ${percentile(times, 50).toFixed(1).padStart(8)} ${percentile(times, 95).toFixed(1).padStart(8)}  ${String(first.body.requests.length).padStart(4)}  ${String(first.body.total ?? (first.body.totalMoreThan !== undefined ? `>${first.body.totalMoreThan}` : '–')).padStart(5)}  ${os.loadavg()[0].toFixed(1).padStart(4)}  ${String(c.requests).padStart(14)} ${String(c.rows).padStart(5)} ${String(c.reduced).padStart(8)} ${String(c.skipped).padStart(8)} ${(c.bytes / 1024).toFixed(0).padStart(4)}`,
      );
    }
    const tc = performance.now();
    const { countByStatus } = await import('../clerk/inbox-query');
    await countByStatus(store, 'abfall');
    console.log(`\ncounts per status straight from the view (uncached; the inbox serves them at most ~30 s old): ${(performance.now() - tc).toFixed(0)} ms`);
    const t0 = performance.now();
    const csv = await clerk.call('GET', '/api/clerk/requests.csv?status=received');
    console.log(`CSV export, status = received: ${(performance.now() - t0).toFixed(0)} ms, ${String(csv.body).split('\r\n').length - 2} rows`);
  } finally {
    await countingPortal?.stop();
    await proxy?.stop();
    await portal?.stop();
    // The portal was given the store's URL: it never owns the embedded store, so stop it here.
    await embedded.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

/** What a clerk types for a street: its name without the last three letters ("Münsterstr"). */
function streetStart(name: string): string {
  return name.slice(0, Math.max(4, name.length - 3));
}
