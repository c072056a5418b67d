/**
 * The multi-master rig's replicator, in a process of its own: PouchDB's live replication leaves
 * unhandled rejections behind when a store restarts or stops mid-request (they are its own,
 * retried requests). Here they are only noise; inside a test runner they would fail the run.
 * Usage: a JSON list of [source, target] URL pairs as the one argument; stops with its parent.
 * The parent may send 'pause' (a network partition: replication cancelled) and 'resume'; each is
 * answered with the same word once done.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const PouchDB = require('pouchdb-node');
process.on('unhandledRejection', () => undefined);
process.on('disconnect', () => process.exit(0));

const pairs = JSON.parse(process.argv[2] ?? '[]') as [string, string][];
require('node:events').EventEmitter.defaultMaxListeners = 4 * pairs.length;

type Replication = { cancel(): void; once(event: string, fn: () => void): void };
let running: Replication[] = [];

function start(): void {
  running = pairs.map(([from, to]) => PouchDB.replicate(from, to, { live: true, retry: true, batch_size: 100 }).on('error', () => undefined));
}

async function pause(): Promise<void> {
  const stopped = running.map((r) => new Promise<void>((done) => r.once('complete', done)));
  for (const r of running) r.cancel();
  running = [];
  await Promise.all(stopped);
}

process.on('message', (msg) => {
  if (msg === 'pause') void pause().then(() => process.send?.('pause'));
  if (msg === 'resume') {
    start();
    process.send?.('resume');
  }
});
start();
process.send?.('replicating');
