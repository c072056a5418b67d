/**
 * `npm run bench:faults`: the portal under faults, real processes on loopback; figures printed,
 * never asserted.
 *  1. server kill: kill -9 of the server mid-load, started again on the same data.
 *  2. store kill: kill -9 of the embedded store child mid-load (the server restarts it).
 *  3. network cuts: the device talks through a loopback TCP proxy that drops everything 3 times.
 *     For 1–3: lost / duplicated requests, and recovery time (fault → serving again).
 *  4. live streams: BENCH_STREAMS (1,000) open SSE connections: server RSS and the latency from
 *     a push to the change event on every stream of its owner (p50/p95).
 *  5. clerks: BENCH_CLERKS (20) clerks acting at once on BENCH_CASES (100) requests: errors.
 */
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { confirmFromMailbox } from '../test-support/fixture-accounts';
import { ApiClient, eventually, sperrmuellDraft, submitted } from '../test-support/api-client';
import { LOAD_PASSWORD, SubmissionLoad, checkOutcome, type LoadOutcome } from '../faults/submission-load';
import { TcpProxy } from '../faults/tcp-proxy';
import { startServerProcess, type ServerProcess } from './start-server-process';
import { decideCase } from '../test-support/decide';

const REQUESTS = Number(process.env.BENCH_FAULT_REQUESTS ?? 300);
const STREAMS = Number(process.env.BENCH_STREAMS ?? 1000);
const STREAM_USERS = Number(process.env.BENCH_STREAM_USERS ?? 100);
const CLERKS = Number(process.env.BENCH_CLERKS ?? 20);
const CASES = Number(process.env.BENCH_CASES ?? 100);
const ENV = { LOG_LEVEL: 'silent' };

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (n: number) => `${Math.round(n)} ms`;

/** A citizen whose address is confirmed (the link from the server's development mailbox), signed in. */
async function register(url: string, prefix: string, mailboxUrl: string | undefined): Promise<{ email: string; client: ApiClient }> {
  const email = `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.org`;
  const client = new ApiClient(url);
  const res = await client.call('POST', '/api/auth/register', { email, password: LOAD_PASSWORD, name: 'Bench' });
  if (res.status !== 202) throw new Error(`register ${res.status}`);
  if (mailboxUrl) await confirmFromMailbox(mailboxUrl, url, email);
  const login = await client.login(email, LOAD_PASSWORD);
  if (login.status !== 200) throw new Error(`login ${login.status}`);
  return { email, client };
}

async function waitReady(url: () => string, timeoutMs = 60_000): Promise<number> {
  const t0 = performance.now();
  await eventually(async () => (await fetch(url() + '/readyz').catch(() => undefined))?.status === 200, timeoutMs, 'ready');
  return performance.now() - t0;
}

async function outcomeAfterRouting(url: string, email: string, load: SubmissionLoad): Promise<LoadOutcome> {
  const client = new ApiClient(url);
  await client.login(email, LOAD_PASSWORD);
  const deadline = Date.now() + 120_000;
  for (;;) {
    const outcome = await checkOutcome(client, load);
    if (outcome.unrouted === 0 || Date.now() > deadline) return outcome;
    await new Promise((r) => setTimeout(r, 500));
  }
}

function report(name: string, outcome: LoadOutcome, recovery: string, extra = ''): void {
  console.log(`${name.padEnd(16)} sent ${outcome.sent}, lost ${outcome.lost}, duplicated ${outcome.duplicated}, unrouted ${outcome.unrouted}; recovery ${recovery}${extra}`);
}

async function serverKill(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bp-faults-'));
  let server: ServerProcess = await startServerProcess(ENV, { dataDir });
  try {
    const { email } = await register(server.url, 'kill', server.mailboxUrl);
    const load = new SubmissionLoad(() => server.url, email);
    let recovery = 0;
    let restarted: Promise<void> | undefined;
    await load.run(REQUESTS, 4, 300_000, (n) => {
      if (n !== Math.floor(REQUESTS / 3)) return;
      restarted = (async () => {
        const t0 = performance.now();
        process.kill(server.pid, 'SIGKILL');
        await server.exited;
        server = await startServerProcess(ENV, { dataDir });
        await waitReady(() => server.url);
        recovery = performance.now() - t0;
      })();
    });
    await restarted;
    report('server kill', await outcomeAfterRouting(server.url, email, load), `${ms(recovery)} (kill → new process ready)`, `; failed pushes retried ${load.failedAttempts}`);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function storeKill(): Promise<void> {
  const server = await startServerProcess(ENV);
  try {
    const { email } = await register(server.url, 'store', server.mailboxUrl);
    const load = new SubmissionLoad(() => server.url, email);
    let recovering: Promise<number> | undefined;
    await load.run(REQUESTS, 4, 300_000, (n) => {
      if (n !== Math.floor(REQUESTS / 3)) return;
      const t0 = performance.now();
      process.kill(server.storePid()!, 'SIGKILL');
      recovering = (async () => {
        await eventually(async () => (await fetch(server.url + '/healthz')).status === 503, 5_000, 'down').catch(() => undefined);
        await waitReady(() => server.url);
        return performance.now() - t0;
      })();
    });
    const recovery = await recovering!;
    report('store kill', await outcomeAfterRouting(server.url, email, load), `${ms(recovery)} (kill → /readyz 200)`, `; failed pushes retried ${load.failedAttempts}`);
  } finally {
    await server.stop();
  }
}

async function networkCuts(): Promise<void> {
  // The proxy stands where a load balancer would, so the portal's public address (PUBLIC_URL) is
  // the proxy's: else the portal refuses the clients' Origin as cross-site (403).
  const target = { host: '127.0.0.1', port: 0 };
  const proxy = new TcpProxy(target);
  const url = await proxy.start();
  const server = await startServerProcess({ ...ENV, PUBLIC_URL: url });
  target.port = Number(new URL(server.url).port);
  try {
    const { email } = await register(url, 'cut', server.mailboxUrl);
    const load = new SubmissionLoad(() => url, email);
    const recoveries: number[] = [];
    const cuts = [1, 2, 3].map((k) => Math.floor((REQUESTS * k) / 4));
    let cutting: Promise<void> = Promise.resolve();
    await load.run(REQUESTS, 4, 300_000, (n) => {
      if (!cuts.includes(n)) return;
      cutting = cutting.then(async () => {
        await proxy.cut(2_000);
        const back = performance.now();
        const before = load.sent;
        await eventually(async () => load.sent > before || load.sent >= REQUESTS, 30_000, 'traffic again');
        recoveries.push(performance.now() - back);
      });
    });
    await cutting;
    const outcome = await outcomeAfterRouting(url, email, load);
    report('network cuts', outcome, `${recoveries.map(ms).join(', ')} (link back → next push stored; 3 cuts of 2 s)`, `; failed pushes retried ${load.failedAttempts}`);
  } finally {
    await proxy.stop();
    await server.stop();
  }
}

/** Opens one SSE stream; resolves once the headers are in. `events` collects arrival times. */
function openStream(url: string, cookie: string, onEvent: () => void): Promise<http.ClientRequest> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${url}/api/sync/stream`, { headers: { Cookie: cookie, Accept: 'text/event-stream' }, agent: false }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`stream ${res.statusCode}`));
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        if (chunk.includes('event: changed')) onEvent();
      });
      res.on('error', () => undefined);
      resolve(req);
    });
    req.on('error', reject);
  });
}

async function liveStreams(): Promise<void> {
  const server = await startServerProcess(ENV);
  const requests: http.ClientRequest[] = [];
  try {
    const users: { client: ApiClient; waiting: ((t: number) => void)[]; latencies: number[]; t0: number }[] = [];
    for (let i = 0; i < STREAM_USERS; i++) users.push({ client: (await register(server.url, 'stream', server.mailboxUrl)).client, waiting: [], latencies: [], t0: 0 });
    const rssBefore = server.memory().serverMiB;
    const perUser = Math.ceil(STREAMS / STREAM_USERS);
    for (const user of users) {
      for (let k = 0; k < perUser && requests.length < STREAMS; k++) {
        requests.push(await openStream(server.url, user.client.cookieHeader, () => user.latencies.push(performance.now() - user.t0)));
      }
    }
    await new Promise((r) => setTimeout(r, 1_000));
    const metrics = await (await fetch(server.url + '/metrics')).text();
    const open = metrics.split('\n').find((l) => l.startsWith('portal_live_streams '));
    const rssAfter = server.memory().serverMiB;
    // One change per user, a few users at a time: time from the push to each of their streams.
    for (let i = 0; i < users.length; i += 10) {
      await Promise.all(
        users.slice(i, i + 10).map(async (user) => {
          user.t0 = performance.now();
          await user.client.push([{ assumedMasterState: null, newDocumentState: sperrmuellDraft() }]);
        }),
      );
      await new Promise((r) => setTimeout(r, 300));
    }
    await new Promise((r) => setTimeout(r, 2_000));
    const latencies = users.flatMap((u) => u.latencies).sort((a, b) => a - b);
    console.log(
      `live streams     ${requests.length} open (${open ?? '?'}); server RSS ${rssBefore} MiB → ${rssAfter} MiB; ` +
        `events ${latencies.length}/${requests.length}, latency push → event p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}`,
    );
  } finally {
    for (const r of requests) r.destroy();
    await server.stop();
  }
}

async function clerks(): Promise<void> {
  const server = await startServerProcess(ENV);
  try {
    const { client: citizen } = await register(server.url, 'clerks', server.mailboxUrl);
    const ids: string[] = [];
    for (let i = 0; i < CASES; i += 20) {
      const docs = Array.from({ length: Math.min(20, CASES - i) }, () => submitted(sperrmuellDraft()));
      await citizen.push(docs.map((d) => ({ assumedMasterState: null, newDocumentState: d })));
      ids.push(...docs.map((d) => d.id));
    }
    await eventually(async () => {
      const res = await citizen.pull(null, 200);
      return res.body.documents.filter((d) => ids.includes(d.id) && d.status === 'received').length === ids.length;
    }, 120_000, 'routing');
    const staff = await Promise.all(
      Array.from({ length: CLERKS }, async () => {
        const c = new ApiClient(server.url);
        if ((await c.login('abfall@stadt-werne.example', 'werne-demo-abfall')).status !== 200) throw new Error('clerk login');
        return c;
      }),
    );
    const statuses = new Map<number, number>();
    let errors = 0;
    const t0 = performance.now();
    const act = async (c: ApiClient, id: string, body: { action: string; paymentOverride?: string }) => {
      // Completing goes out as a decision letter: preview and send (server/test-support/decide.ts).
      const res = body.action === 'complete' ? await decideCase(c, id, 'complete') : await c.call('POST', `/api/clerk/requests/${id}/actions`, body);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status !== 200) errors++;
    };
    // Each clerk takes every CLERKS-th case: starts it, then completes it, all clerks at once.
    await Promise.all(
      staff.map(async (c, k) => {
        for (let i = k; i < ids.length; i += CLERKS) {
          await act(c, ids[i], { action: 'start', paymentOverride: 'Lasttest ohne Zahlung' });
          await act(c, ids[i], { action: 'complete' });
        }
      }),
    );
    const took = performance.now() - t0;
    console.log(`clerks           ${CLERKS} at once, ${ids.length * 2} actions in ${ms(took)}: errors ${errors} (answers ${JSON.stringify(Object.fromEntries(statuses))})`);
  } finally {
    await server.stop();
  }
}

async function main() {
  console.log(`bench:faults — ${REQUESTS} requests per fault, ${STREAMS} live streams, ${CLERKS} clerks on ${CASES} cases`);
  for (const [name, step] of [
    ['server kill', serverKill],
    ['store kill', storeKill],
    ['network cuts', networkCuts],
    ['live streams', liveStreams],
    ['clerks', clerks],
  ] as const) {
    if (process.env.BENCH_ONLY && !process.env.BENCH_ONLY.split(',').includes(name.split(' ')[0])) continue;
    try {
      await step();
    } catch (err) {
      console.log(`${name.padEnd(16)} FAILED: ${(err as Error).message}`);
    }
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
