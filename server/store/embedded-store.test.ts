import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedStore } from './embedded-store';
import { openStore, setupDatabases } from '.';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bp-store-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function withoutCredentials(url: string): string {
  const u = new URL(url);
  u.username = '';
  u.password = '';
  return u.toString().replace(/\/$/, '');
}

describe('embedded store', () => {
  it('listens on loopback only, refuses anyone without the admin credentials, and keeps data across restarts', async () => {
    const first = await startEmbeddedStore({ dataDir });
    try {
      expect(new URL(first.url).hostname).toBe('127.0.0.1');
      const open = withoutCredentials(first.url);
      expect((await fetch(open + '/')).status).toBe(401);
      // An anonymous database PUT crashes bare express-pouchdb; the guard answers instead.
      expect((await fetch(open + '/evil', { method: 'PUT' })).status).toBe(401);

      const store = openStore(first.url, 'keep_');
      await setupDatabases(store);
      await setupDatabases(store); // idempotent
      await store.requests.insert({ _id: 'kept', value: 42 });
      const indexes = await store.requests.server.request({ db: store.names.requests, path: '_index' });
      expect(indexes.indexes.map((i: { name: string }) => i.name)).toEqual(expect.arrayContaining(['by-owner', 'by-department-received']));
    } finally {
      await first.stop();
    }
    const second = await startEmbeddedStore({ dataDir });
    try {
      const store = openStore(second.url, 'keep_');
      expect((await store.requests.get('kept')).value).toBe(42);
    } finally {
      await second.stop();
    }
  });

  it('ends an idle longpoll after `timeout` with an empty result, as CouchDB does', async () => {
    const embedded = await startEmbeddedStore({ dataDir });
    try {
      const store = openStore(embedded.url, 'poll_');
      await setupDatabases(store);
      const { update_seq } = await store.requests.info();
      const t0 = Date.now();
      const res = await store.server.request({
        db: store.names.requests,
        path: '_changes',
        qs: { feed: 'longpoll', since: update_seq, timeout: 700, include_docs: true },
      });
      expect(Date.now() - t0).toBeLessThan(5_000);
      expect(res).toEqual({ results: [], last_seq: Number(update_seq) });
      // The store closes that socket afterwards, so the answer must say so: a client that pooled
      // the socket would send its next request into a closed one ("other side closed").
      const at = new URL(embedded.url);
      const basic = Buffer.from(`${decodeURIComponent(at.username)}:${decodeURIComponent(at.password)}`).toString('base64');
      const raw = await fetch(`${at.origin}/${store.names.requests}/_changes?feed=longpoll&since=${update_seq}&timeout=300`, {
        headers: { authorization: `Basic ${basic}` },
      });
      expect(raw.headers.get('connection')).toBe('close');
      await raw.text();
      // A change still wakes a waiting longpoll at once.
      const waiting = store.server.request({
        db: store.names.requests,
        path: '_changes',
        qs: { feed: 'longpoll', since: update_seq, timeout: 20_000, include_docs: true },
      });
      await store.requests.insert({ _id: 'wake' });
      expect((await waiting).results.map((r: { id: string }) => r.id)).toEqual(['wake']);
    } finally {
      await embedded.stop();
    }
  });

  it('refuses the request shapes known to crash express-pouchdb, and stays up', async () => {
    const store = await startEmbeddedStore({ dataDir });
    try {
      const url = new URL(store.url);
      const auth = 'Basic ' + Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64');
      const base = withoutCredentials(store.url);
      const multipart = await fetch(base + '/keep_requests/x', {
        method: 'PUT',
        headers: { Authorization: auth, 'Content-Type': 'multipart/related; boundary=abc' },
        body: '--abc--',
      });
      expect(multipart.status).toBe(415);
      const selector = await fetch(base + '/keep_requests/_changes?filter=_selector', { headers: { Authorization: auth } });
      expect(selector.status).toBe(400);
      expect((await fetch(base + '/', { headers: { Authorization: auth } })).status).toBe(200);
    } finally {
      await store.stop();
    }
  });
});
