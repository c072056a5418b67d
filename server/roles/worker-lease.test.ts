import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { setupDatabases, type Store } from '../store';
import { ApiClient, eventually, sperrmuellDraft, submitted } from '../test-support/api-client';
import { startTestPortal, testStore, uniquePrefix } from '../test-support/test-portal';
import { parsePortalRole } from './portal-role';
import { keepLease, tryHoldLease } from './worker-lease';

const prefix = uniquePrefix();
let store: Store;

beforeAll(async () => {
  store = testStore(prefix);
  await setupDatabases(store);
});

describe('worker lease', () => {
  it('keeps a second worker waiting until the lease of a crashed one lapses, then hands over', async () => {
    // A worker that took the lease and died without giving it back.
    expect(await tryHoldLease(store, 'crashed', 1_500)).toBe(true);
    let active = false;
    const waiting = await keepLease(store, { onGain: async () => void (active = true), onLoss: async () => void (active = false) }, { holder: 'second', ttlMs: 1_500, renewMs: 200 });
    expect(active).toBe(false);
    expect(await tryHoldLease(store, 'third', 1_500)).toBe(false);
    await eventually(async () => active, 5_000, 'the take-over');
    // Renewed while held: a third still cannot take it.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await tryHoldLease(store, 'third', 1_500)).toBe(false);
    await waiting.stop();
    expect(active).toBe(false);
    // Given back at shutdown: the next one takes it at once.
    expect(await tryHoldLease(store, 'third', 1_500)).toBe(true);
  });
});

describe('two worker processes on one store', () => {
  let a: Portal;
  let b: Portal;
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
  });

  it('runs the background work in one of them only, and in the other once the first stops', async () => {
    const p = uniquePrefix();
    a = await startTestPortal({ prefix: p, workerOptions: { ttlMs: 2_000, renewMs: 250 } });
    b = await startTestPortal({ prefix: p, workerOptions: { ttlMs: 2_000, renewMs: 250 } });
    expect(a.worker?.active()).toBe(true);
    expect(b.worker?.active()).toBe(false);
    await a.stop();
    a = undefined as unknown as Portal;
    await eventually(async () => b.worker?.active(), 5_000, 'the second worker to take over');
    // The one still running routes what is sent now.
    const citizen = new ApiClient(b.url);
    await citizen.register();
    const doc = submitted(sperrmuellDraft());
    await citizen.push([{ assumedMasterState: null, newDocumentState: doc }]);
    await eventually(async () => (await citizen.current(doc.id))?.status === 'received', 10_000, 'routing by the second worker');
  }, 90_000);
});

describe('an api process beside a worker process', () => {
  it('leaves routing to the worker: a request sent through the api process is routed once the worker runs', async () => {
    const p = uniquePrefix();
    const api = await startTestPortal({ prefix: p, role: 'api' });
    let worker: Portal | undefined;
    try {
      expect(api.worker).toBeUndefined();
      const citizen = new ApiClient(api.url);
      await citizen.register();
      const doc = submitted(sperrmuellDraft());
      await citizen.push([{ assumedMasterState: null, newDocumentState: doc }]);
      await new Promise((r) => setTimeout(r, 1_500));
      expect((await citizen.current(doc.id))?.status).toBe('submitted');
      worker = await startTestPortal({ prefix: p, role: 'worker' });
      await eventually(async () => (await citizen.current(doc.id))?.status === 'received', 15_000, 'routing by the worker process');
    } finally {
      await worker?.stop();
      await api.stop();
    }
  }, 90_000);
});

describe('PORTAL_ROLE', () => {
  it('defaults to all and refuses an unknown role by name', () => {
    expect(parsePortalRole(undefined)).toBe('all');
    expect(parsePortalRole('worker')).toBe('worker');
    expect(() => parsePortalRole('sentinel')).toThrow(/PORTAL_ROLE „sentinel“/);
  });
});
