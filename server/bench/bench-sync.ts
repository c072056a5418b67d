/**
 * `npm run bench:sync`: figures for the sync path on the embedded store, printed, never asserted.
 *  1. submit-to-inbox latency: a device pushes a submitted request; the clock stops when the
 *     department's clerk can open it (routed, numbered). p50/p95 over SUBMISSIONS requests.
 *  2. 200 offline drafts, twice: (a) over HTTP the way RxDB's replication pushes on reconnect
 *     (batches of PUSH_BATCH), (b) in real Chromium with the built app, every request filled
 *     and sent through the form while offline (needs `npm run build`; BENCH_BROWSER=0 skips).
 *     The clock starts at reconnect and stops when all of them are in the clerk's inbox.
 *  3. server memory (RSS of the server and of the embedded store process).
 */
import { performance } from 'node:perf_hooks';
import { ApiClient, sperrmuellDraft, submitted } from '../test-support/api-client';
import { measureOfflineDraftsInBrowser } from './offline-drafts-in-browser';
import { startServerProcess } from './start-server-process';

const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 120);
const OFFLINE_DRAFTS = Number(process.env.BENCH_OFFLINE_DRAFTS ?? 200);
const PUSH_BATCH = 50;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function waitUntilClerkSees(clerk: ApiClient, id: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await clerk.call('GET', `/api/clerk/requests/${id}`)).status === 200) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`request ${id} did not reach the inbox`);
}

async function main() {
  const server = await startServerProcess();
  try {
    const citizen = new ApiClient(server.url);
    await citizen.register('Bench Citizen');
    const clerk = new ApiClient(server.url);
    await clerk.login('abfall@stadt-werne.example', 'werne-demo-abfall');

    // Warm-up: the first routing compiles and opens indexes.
    const warm = submitted(sperrmuellDraft());
    await citizen.push([{ assumedMasterState: null, newDocumentState: warm }]);
    await waitUntilClerkSees(clerk, warm.id);

    const latencies: number[] = [];
    for (let i = 0; i < SUBMISSIONS; i++) {
      const doc = submitted(sperrmuellDraft());
      const t0 = performance.now();
      const res = await citizen.push([{ assumedMasterState: null, newDocumentState: doc }]);
      if (res.status !== 200) throw new Error(`push failed: ${res.status}`);
      await waitUntilClerkSees(clerk, doc.id);
      latencies.push(performance.now() - t0);
    }
    latencies.sort((a, b) => a - b);

    const offline = new ApiClient(server.url);
    await offline.register('Offline Citizen');
    const drafts = Array.from({ length: OFFLINE_DRAFTS }, () => submitted(sperrmuellDraft()));
    const t0 = performance.now();
    for (let i = 0; i < drafts.length; i += PUSH_BATCH) {
      const rows = drafts.slice(i, i + PUSH_BATCH).map((d) => ({ assumedMasterState: null, newDocumentState: d }));
      const res = await offline.push(rows);
      if (res.status !== 200) throw new Error(`push failed: ${res.status}`);
    }
    const pushedMs = performance.now() - t0;
    const ids = new Set(drafts.map((d) => d.id));
    for (;;) {
      const list = (await clerk.call('GET', '/api/clerk/requests?pageSize=500')).body.requests as { id: string }[];
      if (list.filter((r) => ids.has(r.id)).length === ids.size) break;
      if (performance.now() - t0 > 120_000) throw new Error('offline drafts did not all arrive within 120 s');
      await new Promise((r) => setTimeout(r, 50));
    }
    const allInInboxMs = performance.now() - t0;
    let browserMs: number | undefined;
    if (process.env.BENCH_BROWSER !== '0') {
      console.log(`filling ${OFFLINE_DRAFTS} requests offline in Chromium …`);
      browserMs = await measureOfflineDraftsInBrowser(server.url, OFFLINE_DRAFTS, (n) => console.log(`  ${n}/${OFFLINE_DRAFTS} filled`));
    }
    const mem = server.memory();

    const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
    console.log('\nBürgerportal – Sync-Benchmark (eingebetteter Speicher)');
    console.log(`submit → inbox latency over ${SUBMISSIONS} submissions: p50 ${fmt(percentile(latencies, 50))}, p95 ${fmt(percentile(latencies, 95))}, max ${fmt(latencies.at(-1)!)}   (target p95 ≤ 500 ms)`);
    console.log(`${OFFLINE_DRAFTS} offline drafts after reconnect (HTTP, RxDB batches): pushed in ${fmt(pushedMs)}, all in the inbox after ${(allInInboxMs / 1000).toFixed(2)} s   (target ≤ 10 s)`);
    if (browserMs !== undefined) {
      console.log(`${OFFLINE_DRAFTS} offline drafts after reconnect (Chromium, real app): all in the inbox after ${(browserMs / 1000).toFixed(2)} s   (target ≤ 10 s)`);
    }
    console.log(`memory (RSS): server ${mem.serverMiB} MiB, embedded store ${mem.storeMiB} MiB`);
  } finally {
    await server.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
