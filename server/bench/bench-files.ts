/**
 * npm run bench:files — uploads and downloads through the real server process (embedded store,
 * loopback) and prints: time per upload of a photo-sized file in 256 KiB pieces (p50/p95 and
 * MB/s), time to download one with its SHA-256 checked (p50/p95), and the server's memory.
 * Then other users' `/healthz` latency (p50/p95/max) while attackers upload decompression bombs
 * and truncated ZIPs (target: p95 ≤ 100 ms; type detection must never hold up the event loop).
 * BENCH_FILES (default 20) and BENCH_FILE_MB (default 3) change the counts; BENCH_BOMBS (default
 * 12) the number of hostile uploads.
 */
import { randomUUID } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { ApiClient } from '../test-support/api-client';
import { noisyPng } from '../test-support/file-test-service';
import { CHUNK_BYTES, chunkCount } from '../../domain/files/file-rules';
import { createUpload, pieceOf, putChunk } from '../test-support/file-upload';
import { startServerProcess } from './start-server-process';
import { zipBomb } from '../test-support/zip-bomb';

/**
 * `/healthz` as another user sees it while ATTACKERS upload `BOMBS` hostile files between them
 * (128 MiB ZIP bombs and truncated ZIPs, named like photos). Returns the latencies and how the
 * hostile uploads were answered.
 */
async function healthUnderBombs(url: string, bombs = BOMBS): Promise<{ latencies: number[]; answers: Map<number, number> }> {
  const bomb = zipBomb(128);
  const truncated = zipBomb(128, { truncate: true });
  const answers = new Map<number, number>();
  const attackers = await Promise.all(
    Array.from({ length: ATTACKERS }, async (_, a) => {
      const client = new ApiClient(url);
      await client.register(`Angreifer ${a}`);
      return client;
    }),
  );
  let running = true;
  const latencies: number[] = [];
  const probe = (async () => {
    while (running) {
      const started = performance.now();
      await (await fetch(`${url}/healthz`)).arrayBuffer();
      latencies.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  let next = 0;
  await Promise.all(
    attackers.map(async (client) => {
      for (let i = next++; i < bombs; i = next++) {
        const content = i % 2 ? truncated : bomb;
        const id = randomUUID();
        await createUpload(client, content, { id, requestId: randomUUID(), serviceId: 'maengelmelder', name: `foto-${i}.png` });
        for (let n = 0; n < chunkCount(content.length); n++) await putChunk(client, id, n, pieceOf(content, n));
        const complete = await client.call('POST', `/api/files/${id}/complete`, {});
        answers.set(complete.status, (answers.get(complete.status) ?? 0) + 1);
      }
    }),
  );
  if (bombs === 0) await new Promise((r) => setTimeout(r, 3000));
  running = false;
  await probe;
  return { latencies, answers };
}

const FILES = Number(process.env.BENCH_FILES ?? 20);
const FILE_MB = Number(process.env.BENCH_FILE_MB ?? 3);
const BOMBS = Number(process.env.BENCH_BOMBS ?? 12);
const ATTACKERS = 3;

/**
 * The server's own event-loop delay since the last scrape (prom-client resets it on each read):
 * tells whether the server held everyone up, or the machine (or the store) was slow.
 */
async function eventLoopLag(url: string): Promise<{ p99: number; max: number }> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const read = (name: string) => Number(new RegExp(`^portal_nodejs_eventloop_lag_${name}_seconds (\\S+)$`, 'm').exec(text)?.[1] ?? NaN) * 1000;
  return { p99: read('p99'), max: read('max') };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const server = await startServerProcess();
  try {
    const citizen = new ApiClient(server.url);
    await citizen.register('Bench Person');
    const content = noisyPng(Math.round(Math.sqrt((FILE_MB * 1_000_000) / 4)));
    const mb = content.length / 1_000_000;
    const uploads: number[] = [];
    const completes: number[] = [];
    const ids: string[] = [];
    for (let i = 0; i < FILES; i++) {
      const id = randomUUID();
      const started = performance.now();
      await createUpload(citizen, content, { id, requestId: randomUUID(), serviceId: 'maengelmelder', name: `foto-${i}.png` });
      for (let n = 0; n < chunkCount(content.length); n++) {
        const sent = await putChunk(citizen, id, n, pieceOf(content, n));
        if (sent.status !== 200) throw new Error(`piece failed: ${sent.status}`);
      }
      const piecesDone = performance.now();
      const complete = await citizen.call('POST', `/api/files/${id}/complete`, {});
      if (complete.status !== 200) throw new Error(`upload failed: ${complete.status} ${JSON.stringify(complete.body)}`);
      uploads.push(performance.now() - started);
      completes.push(performance.now() - piecesDone);
      ids.push(id);
    }
    const downloads: number[] = [];
    for (const id of ids) {
      const started = performance.now();
      const res = await fetch(`${server.url}/api/files/${id}`, { headers: { Cookie: citizen.cookieHeader } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`download failed: ${res.status}`);
      downloads.push(performance.now() - started);
    }
    const p50 = percentile(uploads, 50);
    const memory = server.memory();
    console.log(`files: ${FILES} uploads of ${mb.toFixed(2)} MB each (${Math.ceil(content.length / CHUNK_BYTES)} pieces)`);
    console.log(`upload   p50 ${p50.toFixed(0)} ms  p95 ${percentile(uploads, 95).toFixed(0)} ms  (${(mb / (p50 / 1000)).toFixed(1)} MB/s at p50)`);
    console.log(`  of it, complete (assemble, hash, type, store) p50 ${percentile(completes, 50).toFixed(0)} ms`);
    console.log(`download p50 ${percentile(downloads, 50).toFixed(0)} ms  p95 ${percentile(downloads, 95).toFixed(0)} ms  (SHA-256 checked on every read)`);
    console.log(`memory   server ${memory.serverMiB} MiB, store ${memory.storeMiB} MiB`);
    // The same probe with no upload running: what the machine gives anyway, for comparison.
    await eventLoopLag(server.url);
    const rest = await healthUnderBombs(server.url, 0);
    const restLag = await eventLoopLag(server.url);
    const hostile = await healthUnderBombs(server.url);
    const lag = await eventLoopLag(server.url);
    const p95 = percentile(hostile.latencies, 95);
    const answered = [...hostile.answers].map(([status, n]) => `${n}× ${status}`).join(', ');
    console.log(`/healthz at rest: p50 ${percentile(rest.latencies, 50).toFixed(0)} ms  p95 ${percentile(rest.latencies, 95).toFixed(0)} ms (${rest.latencies.length} probes)`);
    console.log(`hostile  ${BOMBS} uploads (128 MiB ZIP bombs, truncated ZIPs) by ${ATTACKERS} attackers, answered ${answered}`);
    console.log(
      `  /healthz for others meanwhile: p50 ${percentile(hostile.latencies, 50).toFixed(0)} ms  p95 ${p95.toFixed(0)} ms  max ${Math.max(...hostile.latencies).toFixed(0)} ms  (${hostile.latencies.length} probes; target p95 ≤ 100 ms: ${p95 <= 100 ? 'met' : 'MISSED'})`,
    );
    console.log(`  the server's event loop meanwhile: delay p99 ${lag.p99.toFixed(0)} ms  max ${lag.max.toFixed(0)} ms; at rest p99 ${restLag.p99.toFixed(0)} ms  max ${restLag.max.toFixed(0)} ms (a difference is what the uploads held up)`);
    console.log(`  load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${availableParallelism()} cores`);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
