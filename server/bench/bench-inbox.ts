/**
 * `npm run bench:inbox`: inbox query latency on a fresh embedded store holding BENCH_REQUESTS
 * (default 50,000) routed requests of 10,000 citizens, over HTTP through the clerk API as the
 * workspace calls it. Prints p50/p95 per common view (after one untimed warm-up call, which
 * builds nothing any more: every index and view is built, and timed, before). Figures only,
 * never asserted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { DEPARTMENTS } from '../../domain/catalogue/departments';
import { allStreets } from '../../domain/places';
import { loadConfig } from '../config';
import { startPortal } from '../portal';
import { withSearchWords, type StoredRequest } from '../requests';
import { openStore, setupDatabases, startEmbeddedStore } from '../store';
import { ApiClient, futureWeekday } from '../test-support/api-client';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 50_000);
const CITIZENS = Math.min(10_000, Math.max(1, Math.floor(REQUESTS / 5)));
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const BATCH = 2000;
const FIRST = ['Anna', 'Bernd', 'Clara', 'Deniz', 'Emil', 'Frieda', 'Gül', 'Hans', 'Ilse', 'Jonas', 'Katrin', 'Lukas', 'Mira', 'Niklas', 'Özlem'];
const LAST = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Yılmaz', 'Koch', 'Richter', 'Klein', 'Wolf'];
// The city's streets, and one it doesn't have (Südring), which routing sends back to the citizen.
const STREETS = [...allStreets().slice(0, 7).map((s) => s.name), 'Südring'];
// A realistic mix: most requests are closed, a tenth each wait or are being worked on.
const STATUS_MIX: [string, number][] = [['received', 0.1], ['in_progress', 0.1], ['needs_info', 0.03], ['completed', 0.6], ['rejected', 0.1], ['withdrawn', 0.07]];

function pick<T>(items: readonly T[], i: number): T {
  return items[i % items.length];
}

function statusFor(r: number): string {
  let acc = 0;
  for (const [status, share] of STATUS_MIX) if (r < (acc += share)) return status;
  return 'completed';
}

/** Most requests go to waste management (the Sperrmüllkarte's department), the rest spread out. */
function departmentFor(i: number): string {
  return i % 10 < 6 ? 'abfall' : pick(DEPARTMENTS, i).id;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bp-bench-inbox-'));
  const embedded = await startEmbeddedStore({ dataDir });
  const prefix = 'bench_';
  const store = openStore(embedded.url, prefix);
  let portal: Awaited<ReturnType<typeof startPortal>> | undefined;
  try {
    await setupDatabases(store);
    const seedStart = performance.now();
    const citizenIds = Array.from({ length: CITIZENS }, () => randomUUID());
    const names = new Map(citizenIds.map((id, i) => [id, `${pick(FIRST, i)} ${pick(LAST, Math.floor(i / FIRST.length))}`]));
    for (let i = 0; i < CITIZENS; i += BATCH) {
      await store.users.bulk({
        docs: citizenIds.slice(i, i + BATCH).map((id, k) => ({
          _id: `user:${id}`,
          type: 'user',
          role: 'citizen',
          email: `b${i + k}@example.org`,
          name: names.get(id),
          profile: {},
          passwordHash: 'x',
          createdAt: new Date().toISOString(),
        })),
      });
    }
    const start = Date.now() - 730 * 86_400_000;
    const year = new Date().getUTCFullYear();
    let reference = '';
    // Open cases of the waste department: some get assigned to the clerk and a follow-up below.
    const openAbfall: string[] = [];
    for (let i = 0; i < REQUESTS; i += BATCH) {
      const docs = [];
      for (let k = i; k < Math.min(i + BATCH, REQUESTS); k++) {
        const receivedAt = new Date(start + Math.floor((k / REQUESTS) * 730 * 86_400_000)).toISOString();
        const status = statusFor(((k * 7919) % 1000) / 1000);
        reference = `SPM-${year}-${String(k + 1).padStart(6, '0')}`;
        const id = randomUUID();
        if (departmentFor(k) === 'abfall' && ['received', 'in_progress', 'needs_info'].includes(status)) openAbfall.push(id);
        const owner = pick(citizenIds, k * 31);
        const doc = {
          _id: id,
          type: 'request',
          owner,
          serviceId: 'sperrmuellkarte',
          catalogueVersion: 1,
          answers: { items: ['moebel'], volume: '2', street: pick(STREETS, k), houseNumber: String(1 + (k % 90)), postcode: allStreets()[0].postcode, pickupDate: futureWeekday() },
          status,
          createdAt: receivedAt,
          updatedAt: receivedAt,
          submittedAt: receivedAt,
          receivedAt,
          reference,
          department: departmentFor(k),
          history: [
            { at: receivedAt, status: 'submitted', actor: 'citizen' },
            { at: receivedAt, status: 'received', actor: 'system' },
          ],
        } as StoredRequest;
        // As routing stores it: with the inbox search's words (server/requests/search-words.ts).
        docs.push(withSearchWords(doc, names.get(owner)));
      }
      await store.requests.bulk({ docs });
      process.stdout.write(`\rseeded ${Math.min(i + BATCH, REQUESTS)} / ${REQUESTS}`);
    }
    console.log(`\nseeding ${REQUESTS} requests and ${CITIZENS} citizens took ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

    // The embedded store builds an index or view on its first use; build them all here, each
    // timed, so the figures below are the steady state a running portal sees.
    console.log('\nbuilding indexes and views on first use (embedded store), s:');
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
      console.log(`  ${name.padEnd(44)} ${((performance.now() - t) / 1000).toFixed(1)}`);
    };
    for (const index of ['by-department-received', 'by-department-status-received', 'by-department-service-received', 'by-department-status-service-received', 'by-department-reference']) {
      await build(index, () => store.requests.find({ selector: { department: 'abfall' }, use_index: `idx-${index}`, limit: 1 } as never));
    }
    await build('view inbox/by-department-status', () => store.requests.view('inbox', 'by-department-status', { limit: 1 }));
    // One design document: its three views are built together.
    await build('views inbox-search/*', () => store.requests.view('inbox-search', 'by-department-word', { limit: 1 }));

    portal = await startPortal({
      ...loadConfig({ ...process.env, PORT: '0', COUCHDB_URL: embedded.url, DB_PREFIX: prefix, LOG_LEVEL: 'silent', DATA_DIR: dataDir, SESSION_SECRET: 'bench-secret-'.padEnd(40, 'x') }),
      routing: false,
      authRateLimitPerMinute: 10_000,
    });
    const clerk = new ApiClient(portal.url);
    const login = await clerk.login('abfall@stadt-werne.example', 'werne-demo-abfall');
    if (login.status !== 200) throw new Error(`login failed: ${login.status}`);

    // The workday's data: a third of the open cases assigned (half of those to this clerk), every
    // tenth open case with a follow-up, a quarter of them due.
    const clerkId = login.body.user.id as string;
    const at = new Date().toISOString();
    const internal = openAbfall.flatMap((requestId, i) => [
      ...(i % 3 === 0 ? [{ _id: `assignment:${requestId}`, type: 'assignment', requestId, assigneeId: i % 2 ? clerkId : 'someone-else', assigneeName: 'Sachbearbeitung', at }] : []),
      ...(i % 10 === 0
        ? [{ _id: `followup:${requestId}`, type: 'followUp', requestId, department: 'abfall', followUpDate: i % 40 === 0 ? '2020-01-01' : '2099-01-01', note: '', authorId: clerkId, authorName: 'x', at }]
        : []),
    ]);
    for (let i = 0; i < internal.length; i += BATCH) await store.internal.bulk({ docs: internal.slice(i, i + BATCH) });
    for (const index of ['by-assignee', 'by-department-follow-up']) {
      await build(`internal ${index}`, () => store.internal.find({ selector: { _id: { $gt: null } }, use_index: `idx-${index}`, limit: 1 } as never).catch(() => undefined));
    }
    console.log(`workday data: ${openAbfall.length} open cases, ${internal.filter((d) => d.type === 'assignment').length} assigned, ${internal.filter((d) => d.type === 'followUp').length} follow-ups`);

    const today = new Date().toISOString().slice(0, 10);
    const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const views: [string, string][] = [
      ['newest first (default view)', ''],
      ['status = received', 'status=received'],
      ['status = in_progress, one service', 'status=in_progress&service=sperrmuellkarte'],
      ['received in the last 30 days', `from=${monthAgo}&to=${today}`],
      ['sorted by reference, page 5', 'sort=reference&dir=asc&page=5'],
      ['sorted by status', 'sort=status'],
      // Request number 10·n+1 belongs to 'abfall' (see departmentFor).
      ['search: reference number', `q=SPM-${year}-${String(Math.floor(REQUESTS * 0.06) * 10 + 1).padStart(6, '0')}`],
      // One surname in fifteen: some 2,000 matching requests, read and sorted in the server.
      ['search: a common surname (~2,000 matches)', 'q=Yılmaz'],
      ['search: a common surname, spelled out (muell)', 'q=muell'],
      ['search: a street name', 'q=M%C3%BCnsterstr'],
      ['search: surname + first name, status = received', 'q=Anna%20Yilmaz&status=received'],
      ['search: street, sorted by reference, page 2', 'q=bonenstr&sort=reference&dir=asc&page=2'],
      ['assigned to me', 'assignee=me'],
      ['assigned to me, status = in_progress', 'assignee=me&status=in_progress'],
      ['unassigned (open cases)', 'assignee=none'],
      ['unassigned, status = received, page 3', 'assignee=none&status=received&page=3'],
      ['follow-up due', 'followUp=due'],
      ['follow-up due, status = in_progress', 'followUp=due&status=in_progress'],
    ];
    console.log(`\ninbox of 'abfall' (~${Math.round(REQUESTS * 0.6 + (REQUESTS * 0.4) / DEPARTMENTS.length)} of ${REQUESTS} requests), ${RUNS} runs each, ms:`);
    console.log(`load average before the runs: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log(`${'view'.padEnd(52)} ${'first'.padStart(8)} ${'p50'.padStart(8)} ${'p95'.padStart(8)}  rows  total  load`);
    for (const [name, query] of views) {
      const t0 = performance.now();
      const first = await clerk.call('GET', `/api/clerk/requests?${query}`);
      const firstMs = performance.now() - t0;
      if (first.status !== 200) throw new Error(`${name}: ${first.status} ${JSON.stringify(first.body)}`);
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        await clerk.call('GET', `/api/clerk/requests?${query}`);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      console.log(
        `${name.padEnd(52)} ${firstMs.toFixed(0).padStart(8)} ${percentile(times, 50).toFixed(1).padStart(8)} ${percentile(times, 95).toFixed(1).padStart(8)}  ${String(first.body.requests.length).padStart(4)}  ${String(first.body.total ?? '–').padStart(5)}  ${os.loadavg()[0].toFixed(1)}`,
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
