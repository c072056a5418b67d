import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import type { Store } from '../store';
import { ApiClient } from '../test-support/api-client';
import { startTestPortal, uniquePrefix } from '../test-support/test-portal';
import { saveProfile } from './profile-store';

/**
 * Issue 14: a citizen's new name is saved, then the search words of each of their requests are
 * written again. A process that died between the two left the old name findable in the inbox and
 * the new one not, until the requests happened to be written again. The start-up repair finishes
 * an interrupted rename.
 */
const prefix = uniquePrefix();
let portal: Portal;
let citizen: ApiClient;
let clerk: ApiClient;
let citizenId: string;
const cases: string[] = [];

beforeAll(async () => {
  portal = await startTestPortal({ prefix });
  citizen = new ApiClient(portal.url);
  clerk = new ApiClient(portal.url);
  citizenId = (await citizen.register('Karla Altmann')).id;
  await clerk.login('abfall@stadt-werne.example', 'werne-demo-abfall');
  for (const street of ['Kamener Straße', 'Bonenstraße', 'Markt']) cases.push(await citizen.sendRouted({ street }));
}, 400_000);
afterAll(() => portal.stop());

const found = async (q: string) => {
  const res = await clerk.call('GET', `/api/clerk/requests?q=${encodeURIComponent(q)}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return (res.body.requests as { id: string }[]).map((r) => r.id).sort();
};

/** The store as the dying process saw it: the second request write never happens. */
function dyingAfterOneRequestWrite(store: Store): Store {
  let writes = 0;
  const requests = new Proxy(store.requests, {
    get(target, key, receiver) {
      if (key !== 'insert') return Reflect.get(target, key, receiver);
      return async (...args: Parameters<Store['requests']['insert']>) => {
        if (++writes > 1) throw new Error('process killed');
        return target.insert(...args);
      };
    },
  });
  return { ...store, requests } as Store;
}

describe('a rename interrupted by a crash', () => {
  it('is finished when a portal starts: the new name finds every case, the old one none', { timeout: 300_000 }, async () => {
    expect(await found('altmann')).toEqual([...cases].sort());
    await expect(saveProfile(dyingAfterOneRequestWrite(portal.store), citizenId, { name: 'Karla Neumann', updatedAt: new Date().toISOString() })).rejects.toThrow(/killed/);
    // Halfway: one case already follows the new name.
    expect((await found('neumann')).length).toBe(1);
    const restarted = await startTestPortal({ prefix, routing: false });
    try {
      expect(await found('neumann')).toEqual([...cases].sort());
      expect(await found('altmann')).toEqual([]);
      // The clerk sees the new name on the cases too (read from the account).
      const page = await clerk.call('GET', '/api/clerk/requests?q=neumann');
      expect(page.body.requests.map((r: { citizenName?: string }) => r.citizenName)).toEqual(['Karla Neumann', 'Karla Neumann', 'Karla Neumann']);
    } finally {
      await restarted.stop();
    }
  });
});
