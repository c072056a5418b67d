/**
 * `npm run bench:payments`: online payments through the built-in sandbox provider, printed, never
 * asserted. Starts the portal as its own process (as `npm start` does: embedded store, sandbox on
 * loopback with signed webhooks — some delivered twice, as real providers do), routes PAYMENTS
 * Sperrmüllkarten for CITIZENS people, then with CONCURRENCY callers at a time:
 *  1. creates the payments (POST /api/requests/:id/payments with an Idempotency-Key): per second,
 *     p50/p95 per call;
 *  2. confirms them (the tester's "success" on the hosted page, then the browser's return, where the
 *     portal asks the provider and marks the request paid): per second, p50/p95 per payment;
 *  3. checks every request says paid (through sync, as the device learns it) and counts the
 *     webhooks the portal answered.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { ApiClient, sperrmuellDraft, submitted } from '../test-support/api-client';
import { startServerProcess } from './start-server-process';

const PAYMENTS = Number(process.env.BENCH_PAYMENTS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const PER_CITIZEN = 10;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function stats(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms (n=${sorted.length})`;
}

/** Runs `work` over the items with at most `limit` at once; returns the wall time in ms. */
async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<number> {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
  return performance.now() - started;
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

interface Job {
  citizen: ApiClient;
  id: string;
  pageUrl?: string;
  paymentId?: string;
}

async function main() {
  const server = await startServerProcess({ PAYMENT_RECONCILE_MINUTES: '0' });
  try {
    const citizens = await Promise.all(
      Array.from({ length: Math.ceil(PAYMENTS / PER_CITIZEN) }, async () => {
        const c = new ApiClient(server.url);
        await c.register('Bench Citizen');
        return c;
      }),
    );
    const jobs: Job[] = [];
    for (const [i, citizen] of citizens.entries()) {
      const docs = Array.from({ length: Math.min(PER_CITIZEN, PAYMENTS - i * PER_CITIZEN) }, () => submitted(sperrmuellDraft()));
      const pushed = await citizen.push(docs.map((d) => ({ assumedMasterState: null, newDocumentState: d })));
      if (pushed.status !== 200) throw new Error(`push failed: ${pushed.status}`);
      for (const d of docs) jobs.push({ citizen, id: d.id });
    }
    const routed = async (c: ApiClient) => (await c.pull(null, 100)).body.documents.filter((d) => d.payment).length;
    await until(async () => (await Promise.all(citizens.map(routed))).reduce((a, b) => a + b, 0) === jobs.length, 'routing');
    process.stdout.write(`${jobs.length} Sperrmüllkarten routed (fee owed), ${citizens.length} citizens; concurrency ${CONCURRENCY}\n`);

    const createMs: number[] = [];
    const createWall = await pool(jobs, CONCURRENCY, async (job) => {
      const t0 = performance.now();
      const res = await job.citizen.call('POST', `/api/requests/${job.id}/payments`, undefined, { 'Idempotency-Key': `bench-${randomUUID()}` });
      createMs.push(performance.now() - t0);
      if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
      job.pageUrl = res.body.redirectUrl;
      job.paymentId = res.body.paymentId;
    });

    const confirmMs: number[] = [];
    const confirmWall = await pool(jobs, CONCURRENCY, async (job) => {
      const t0 = performance.now();
      const choice = await fetch(job.pageUrl!, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'outcome=success&method=CREDITCARD',
        redirect: 'manual',
      });
      await choice.arrayBuffer();
      const back = await fetch(choice.headers.get('location')!, { headers: { Cookie: job.citizen.cookieHeader }, redirect: 'manual' });
      await back.arrayBuffer();
      confirmMs.push(performance.now() - t0);
      if (choice.status !== 303 || back.status !== 303) throw new Error(`confirm failed: ${choice.status} ${back.status}`);
    });

    const paid = async (c: ApiClient) => (await c.pull(null, 100)).body.documents.filter((d) => d.payment?.state === 'paid').length;
    const counts = await Promise.all(citizens.map(paid));
    const total = counts.reduce((a, b) => a + b, 0);

    const perSecond = (n: number, ms: number) => (n / (ms / 1000)).toFixed(1);
    process.stdout.write(
      [
        `created:   ${perSecond(jobs.length, createWall)} payments/s (${(createWall / 1000).toFixed(1)} s for ${jobs.length}); per call ${stats(createMs)}`,
        `confirmed: ${perSecond(jobs.length, confirmWall)} payments/s (${(confirmWall / 1000).toFixed(1)} s); hosted-page choice + return per payment ${stats(confirmMs)}`,
        `requests marked paid (as the devices see them): ${total} of ${jobs.length}`,
        `memory: ${JSON.stringify(server.memory())}`,
        '',
      ].join('\n'),
    );
  } finally {
    await server.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
