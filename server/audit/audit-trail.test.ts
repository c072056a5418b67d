import { beforeAll, describe, expect, it } from 'vitest';
import { setupDatabases, type Store } from '../store';
import { testStore, uniquePrefix } from '../test-support/test-portal';
import { appendAudit, listAudit, verifyAudit } from './audit-trail';

let store: Store;
const entry = (action: string, department = 'abfall') => ({ department, actorId: 'u1', actorName: 'Sachbearbeitung', action, requestId: 'r1', reference: 'SPM-2026-000001' });

beforeAll(async () => {
  store = testStore(uniquePrefix());
  await setupDatabases(store);
});

describe('audit trail', () => {
  it('chains entries: each names the hash of the one before', async () => {
    const a = await appendAudit(store, entry('read'));
    const b = await appendAudit(store, entry('start'));
    expect(b.seq).toBe(a.seq + 1);
    expect(b.prevHash).toBe(a.hash);
    expect(await verifyAudit(store, 'abfall')).toEqual({ ok: true, entries: 2 });
  });

  it('keeps every entry when many append at once', async () => {
    await Promise.all(Array.from({ length: 15 }, (_, i) => appendAudit(store, entry(`read${i}`, 'tiefbau'))));
    const check = await verifyAudit(store, 'tiefbau');
    expect(check).toEqual({ ok: true, entries: 15 });
    expect((await listAudit(store, 'tiefbau', 100)).map((e) => e.seq)).toEqual(Array.from({ length: 15 }, (_, i) => 15 - i));
  });

  it('detects an entry changed in the store', async () => {
    for (const action of ['read', 'start', 'complete']) await appendAudit(store, entry(action, 'ordnung'));
    const doc = await store.audit.get('chain:ordnung:000000000002');
    await store.audit.insert({ ...doc, actorName: 'Jemand anderes' });
    expect(await verifyAudit(store, 'ordnung')).toEqual({ ok: false, entries: 1, brokenAt: 2 });
  });

  it('detects an entry changed with its hash recomputed, at the entry after it', async () => {
    for (const action of ['read', 'start', 'complete']) await appendAudit(store, entry(action, 'gruen'));
    const doc = await store.audit.get('chain:gruen:000000000002');
    const { hashEntry } = await import('./audit-trail');
    const { _id, _rev, type, hash: _old, ...rest } = doc;
    const forged = { ...rest, action: 'reject' };
    await store.audit.insert({ _id, _rev, type, ...forged, hash: hashEntry(forged) });
    expect(await verifyAudit(store, 'gruen')).toEqual({ ok: false, entries: 2, brokenAt: 3 });
  });

  it('detects a removed entry', async () => {
    for (const action of ['read', 'start', 'complete']) await appendAudit(store, entry(action, 'planung'));
    const doc = await store.audit.get('chain:planung:000000000002');
    await store.audit.destroy(doc._id, doc._rev);
    expect(await verifyAudit(store, 'planung')).toMatchObject({ ok: false, brokenAt: 2 });
  });
});
