/**
 * The multi-master rig's replicator, in a process of its own: PouchDB's live replication leaves
 * unhandled rejections behind when a store restarts or stops mid-request (they are its own,
 * retried requests). Here they are only noise; inside a test runner they would fail the run.
 * Usage: a JSON list of [source, target] URL pairs as the one argument; stops with its parent.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const PouchDB = require('pouchdb-node');
process.on('unhandledRejection', () => undefined);
process.on('disconnect', () => process.exit(0));

const pairs = JSON.parse(process.argv[2] ?? '[]') as [string, string][];
require('node:events').EventEmitter.defaultMaxListeners = 4 * pairs.length;
for (const [from, to] of pairs) {
  PouchDB.replicate(from, to, { live: true, retry: true, batch_size: 100 }).on('error', () => undefined);
}
process.send?.('replicating');
