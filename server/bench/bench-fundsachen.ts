/**
 * `npm run bench:fundsachen`: figures for the Fundbüro on the embedded store, printed, never asserted.
 *  1. entering a found item (number assigned, stored, lost reports of its category looked up as the
 *     clerk's hint), with LOST_REPORTS routed lost reports in the store: p50/p95 over FOUND_ITEMS.
 *  2. the public list with FOUND_ITEMS items: p50/p95 of GET /api/fundsachen, and its size
 *     (as sent, and gzip-compressed for comparison: what a proxy with compression would send).
 *  3. handover: from the clerk's "complete" on a claim until the item is off the public list
 *     (the claim follower's delay), p50/p95 over CLAIMS claims.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { FUND_CATEGORIES } from '../../domain/fundsachen';
import type { RequestDoc } from '../../domain/request/request-document';
import type { SyncedDoc } from '../../domain/sync/sync-protocol';
import { ApiClient, submitted } from '../test-support/api-client';
import { startServerProcess } from './start-server-process';
import { decideCase } from '../test-support/decide';

const FOUND_ITEMS = Number(process.env.BENCH_FOUND_ITEMS ?? 500);
const LOST_REPORTS = Number(process.env.BENCH_LOST_REPORTS ?? 300);
const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 20);
const LIST_READS = 30;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function stats(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms (n=${sorted.length})`;
}

function today() {
  const d = new Date();
  return { day: String(d.getUTCDate()), month: String(d.getUTCMonth() + 1), year: String(d.getUTCFullYear()) };
}

function request(serviceId: string, answers: RequestDoc['answers']): SyncedDoc<RequestDoc> {
  const now = new Date().toISOString();
  return submitted({ id: randomUUID(), serviceId, catalogueVersion: 1, answers, status: 'draft', createdAt: now, updatedAt: now, history: [], _deleted: false });
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function main() {
  const server = await startServerProcess();
  try {
    const citizen = new ApiClient(server.url);
    await citizen.register('Bench Citizen');
    const clerk = new ApiClient(server.url);
    await clerk.login('fundbuero@stadt-werne.example', 'werne-demo-fundbuero');
    const contact = { name: 'Bench Citizen', email: 'bench@example.org' };

    const reports = Array.from({ length: LOST_REPORTS }, (_, i) =>
      request('fundbuero-verlust', { what: FUND_CATEGORIES[i % FUND_CATEGORIES.length], description: `Verlust ${i}`, where: 'Rathaus', when: today(), ...contact }),
    );
    for (let i = 0; i < reports.length; i += 50) {
      await citizen.push(reports.slice(i, i + 50).map((d) => ({ assumedMasterState: null, newDocumentState: d })));
    }
    const last = reports.at(-1)!;
    await until(async () => (await clerk.call('GET', `/api/clerk/requests/${last.id}`)).status === 200, 'lost reports routed');

    const entry: number[] = [];
    const numbers: string[] = [];
    let hints = 0;
    for (let i = 0; i < FOUND_ITEMS; i++) {
      const t0 = performance.now();
      const res = await clerk.call('POST', '/api/fundsachen', {
        id: randomUUID(),
        category: FUND_CATEGORIES[i % FUND_CATEGORIES.length],
        description: `Fundsache Nummer ${i}, blau`,
        place: 'Stadtpark',
        foundOn: today(),
        storageNumber: `R${i}`,
      });
      entry.push(performance.now() - t0);
      if (res.status !== 201) throw new Error(`entry failed: ${res.status}`);
      numbers.push(res.body.item.number);
      hints += res.body.matches.length;
    }

    const reads: number[] = [];
    let body = '';
    for (let i = 0; i < LIST_READS; i++) {
      const t0 = performance.now();
      const res = await fetch(`${server.url}/api/fundsachen`);
      body = await res.text();
      reads.push(performance.now() - t0);
    }

    const handover: number[] = [];
    for (let i = 0; i < CLAIMS; i++) {
      const claim = request('fundbuero-anspruch', { itemId: numbers[i], proof: 'Ein Aufkleber innen.', ...contact });
      await citizen.push([{ assumedMasterState: null, newDocumentState: claim }]);
      await until(async () => (await clerk.call('POST', `/api/clerk/requests/${claim.id}/actions`, { action: 'start' })).status === 200, 'claim routed');
      const t0 = performance.now();
      await decideCase(clerk, claim.id, 'complete');
      await until(async () => {
        const list = (await (await fetch(`${server.url}/api/fundsachen`)).json()) as { items: { number: string }[] };
        return !list.items.some((it) => it.number === numbers[i]);
      }, 'item off the list');
      handover.push(performance.now() - t0);
    }

    console.log(`Fundbüro, embedded store, ${LOST_REPORTS} lost reports, ${FOUND_ITEMS} found items`);
    console.log(`  enter a found item (with hint lookup): ${stats(entry)}; ${(hints / FOUND_ITEMS).toFixed(1)} hints per item on average`);
    console.log(`  public list GET /api/fundsachen:      ${stats(reads)}`);
    console.log(`  public list size: ${(Buffer.byteLength(body) / 1024).toFixed(1)} KiB as sent, ${(gzipSync(body).length / 1024).toFixed(1)} KiB gzip`);
    console.log(`  claim completed → item off the list:  ${stats(handover)} (includes polling the list)`);
    const mem = server.memory();
    console.log(`  memory: server ${mem.serverMiB} MiB, store ${mem.storeMiB} MiB`);
  } finally {
    await server.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
