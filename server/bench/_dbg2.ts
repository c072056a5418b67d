import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config';
import { startPortal } from '../portal';
import { startEmbeddedStore } from '../store';
import { ApiClient, sperrmuellDraft, submitted } from '../test-support/api-client';

const store = await startEmbeddedStore({ dataDir: mkdtempSync(path.join(os.tmpdir(), 'dbg2-')) });
const config = loadConfig({ ...process.env, PORT: '0', DB_PREFIX: 'dbg_', SESSION_SECRET: 'x'.repeat(40), LOG_LEVEL: 'warn', COUCHDB_URL: store.url });
const portal = await startPortal({ ...config, authRateLimitPerMinute: 10000 });
const citizen = new ApiClient(portal.url);
await citizen.register();
for (let round = 0; round < 3; round++) {
  const docs = Array.from({ length: 30 }, () => submitted(sperrmuellDraft()));
  const t0 = Date.now();
  await citizen.push(docs.map((d) => ({ assumedMasterState: null, newDocumentState: d })));
  for (;;) {
    const res = await citizen.pull(null, 200);
    const routed = res.body.documents.filter((d) => docs.some((x) => x.id === d.id) && d.status === 'received').length;
    if (routed === 30) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  console.log('round', round, 'routed 30 in', Date.now() - t0, 'ms');
}
const t1 = Date.now();
await portal.stop();
console.log('stopped in', Date.now() - t1, 'ms');
await store.stop();
