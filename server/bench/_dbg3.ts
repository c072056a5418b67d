import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore, setupDatabases, startEmbeddedStore } from '../store';
const emb = await startEmbeddedStore({ dataDir: mkdtempSync(path.join(os.tmpdir(), 'dbg3-')) });
const store = openStore(emb.url, 'd3_');
await setupDatabases(store);
const info = await store.requests.info();
const c = new AbortController();
const t0 = Date.now();
setTimeout(() => { console.log('aborting at', Date.now() - t0); c.abort(); }, 1000);
try {
  const res = await store.server.request({ db: store.names.requests, path: '_changes', qs: { feed: 'longpoll', since: info.update_seq, timeout: 25000, include_docs: true, limit: 200 }, signal: c.signal } as never);
  console.log('resolved', res, Date.now() - t0);
} catch (err) {
  console.log('rejected', (err as Error).name, (err as Error).message, Date.now() - t0);
}
await emb.stop();
