/**
 * `npm run bench:slots`: slot booking under contention, on the embedded store, with two server
 * processes' worth of routing workers (two portals in this process on one store, as two
 * processes would share one CouchDB). Prints:
 * - the race: BENCH_RACERS citizens send at once for one slot with 2 places — how long until
 *   every request is settled, and how many got the slot (must be 2);
 * - throughput: BENCH_BOOKINGS requests spread over slots, 2 per slot — requests per second
 *   and submit → settled latency (p50/p95).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { RequestDoc } from '../../domain/request/request-document';
import type { SyncedDoc } from '../../domain/sync/sync-protocol';
import { SLOT_POOLS, candidateSlots } from '../../domain/slots';
import { loadConfig } from '../config';
import { startPortal, type Portal } from '../portal';
import { confirmFixtureAccountsOf } from '../test-support/fixture-accounts';
import { ApiClient, submitted } from '../test-support/api-client';

const RACERS = Number(process.env.BENCH_RACERS ?? 100);
const BOOKINGS = Number(process.env.BENCH_BOOKINGS ?? 300);

function appointment(slot: string): SyncedDoc<RequestDoc> {
  const now = new Date().toISOString();
  return submitted({
    id: randomUUID(),
    serviceId: 'termin-buergerbuero',
    catalogueVersion: 1,
    answers: { concern: 'personalausweis', persons: '1', slot, name: 'Bench', email: 'bench@example.org' },
    status: 'draft',
    createdAt: now,
    updatedAt: now,
    history: [],
    _deleted: false,
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const fmt = (ms: number) => `${Math.round(ms)} ms`;

/**
 * Sends each client's request at once and watches the store (one read for all, so the
 * measurement doesn't load the server the way hundreds of polling devices would); resolves with
 * each request's status and time from its send to its routing.
 */
async function sendAll(portal: Portal, clients: ApiClient[], docs: SyncedDoc<RequestDoc>[]): Promise<{ status: string; ms: number }[]> {
  const sentAt = new Map<string, number>();
  const settled = new Map<string, { status: string; ms: number }>();
  await Promise.all(
    clients.map(async (client, i) => {
      sentAt.set(docs[i].id, performance.now());
      const res = await client.push([{ assumedMasterState: null, newDocumentState: docs[i] }]);
      if (res.status !== 200) throw new Error(`push failed: ${res.status}`);
    }),
  );
  const deadline = Date.now() + 300_000;
  while (settled.size < docs.length) {
    if (Date.now() > deadline) throw new Error(`${docs.length - settled.size} requests not settled`);
    const open = docs.map((d) => d.id).filter((id) => !settled.has(id));
    const rows = (await portal.store.requests.fetch({ keys: open })).rows;
    const now = performance.now();
    for (const row of rows) {
      const doc = 'doc' in row ? (row.doc as { _id: string; status: string } | null) : null;
      if (doc && doc.status !== 'submitted') settled.set(doc._id, { status: doc.status, ms: now - sentAt.get(doc._id)! });
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return docs.map((d) => settled.get(d.id)!);
}

async function citizens(portals: Portal[], count: number): Promise<ApiClient[]> {
  const clients: ApiClient[] = [];
  for (let i = 0; i < count; i++) {
    const client = new ApiClient(portals[i % portals.length].url);
    await client.register(`Bench ${i}`);
    clients.push(client);
  }
  return clients;
}

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bp-bench-slots-'));
  const base = loadConfig({ ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', SEED_DEMO_DATA: 'false' });
  const first = await startPortal({ ...base, authRateLimitPerMinute: 1_000_000 });
  const second = await startPortal({ ...base, couchdbUrl: first.storeUrl, authRateLimitPerMinute: 1_000_000 });
  confirmFixtureAccountsOf(first);
  confirmFixtureAccountsOf(second);
  const portals = [first, second];
  try {
    const slots = candidateSlots(SLOT_POOLS.buergerbuero, new Date());

    const racers = await citizens(portals, RACERS);
    const race = await sendAll(first, racers, racers.map(() => appointment(slots[0])));
    const confirmed = race.filter((r) => r.status === 'received').length;
    const raceMs = race.map((r) => r.ms).sort((a, b) => a - b);
    console.log(
      `race: ${RACERS} citizens at once for one slot with 2 places, two routing workers: ${confirmed} confirmed, ` +
        `${race.filter((r) => r.status === 'needs_info').length} offered alternatives; all settled after ${fmt(raceMs.at(-1)!)} ` +
        `(p50 ${fmt(percentile(raceMs, 50))})`,
    );
    if (confirmed !== 2) throw new Error(`the slot was given ${confirmed} times`);

    const bookers = await citizens(portals, BOOKINGS);
    const docs = bookers.map((_, i) => appointment(slots[1 + Math.floor(i / 2)]));
    const t0 = performance.now();
    const spread = await sendAll(first, bookers, docs);
    const total = performance.now() - t0;
    const ms = spread.map((r) => r.ms).sort((a, b) => a - b);
    console.log(
      `spread: ${BOOKINGS} requests over ${Math.ceil(BOOKINGS / 2)} slots (2 each), sent at once: ` +
        `${spread.filter((r) => r.status === 'received').length} confirmed in ${fmt(total)} ` +
        `(${(BOOKINGS / (total / 1000)).toFixed(0)} requests/s); submit → settled p50 ${fmt(percentile(ms, 50))}, p95 ${fmt(percentile(ms, 95))}`,
    );
  } finally {
    await second.stop();
    await first.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
