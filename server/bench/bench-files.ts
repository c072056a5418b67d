/**
 * npm run bench:files — uploads and downloads through the real server process (embedded store,
 * loopback) and prints: time per upload of a photo-sized file in 256 KiB pieces (p50/p95 and
 * MB/s), time to download one with its SHA-256 checked (p50/p95), and the server's memory.
 * BENCH_FILES (default 20) and BENCH_FILE_MB (default 3) change the counts.
 */
import { randomUUID } from 'node:crypto';
import { ApiClient } from '../test-support/api-client';
import { noisyPng } from '../test-support/file-test-service';
import { CHUNK_BYTES, chunkCount } from '../../domain/files/file-rules';
import { createUpload, pieceOf, putChunk } from '../test-support/file-upload';
import { startServerProcess } from './start-server-process';

const FILES = Number(process.env.BENCH_FILES ?? 20);
const FILE_MB = Number(process.env.BENCH_FILE_MB ?? 3);

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
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
