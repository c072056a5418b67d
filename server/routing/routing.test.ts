import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { ApiClient, eventually, sperrmuellDraft, sperrmuellDraftV1, submitted } from '../test-support/api-client';
import { startTestPortal, uniquePrefix } from '../test-support/test-portal';
import { REFERENCE_PATTERN } from '../../domain/request/reference-number';
import { assignReference, routeOne } from '.';

const prefix = uniquePrefix();
let portal: Portal;
let citizen: ApiClient;
let clerk: ApiClient;

beforeAll(async () => {
  portal = await startTestPortal({ prefix });
  citizen = new ApiClient(portal.url);
  await citizen.register();
  clerk = new ApiClient(portal.url);
  await clerk.login('abfall@stadt-werne.example', 'werne-demo-abfall');
});
afterAll(() => portal.stop());

async function inbox(client = clerk) {
  return (await client.call('GET', '/api/clerk/requests')).body.requests as { id: string; reference: string }[];
}

describe('routing worker', () => {
  it('numbers a valid submission and routes it to the waste department', async () => {
    const doc = submitted(sperrmuellDraft());
    await citizen.push([{ assumedMasterState: null, newDocumentState: doc }]);
    const routed = await eventually(async () => {
      const d = await citizen.current(doc.id);
      return d?.status === 'received' ? d : undefined;
    }, 10_000, 'routing');
    expect(routed.reference).toMatch(REFERENCE_PATTERN);
    expect(routed.reference).toMatch(new RegExp(`^SPM-${new Date().getFullYear()}-`));
    expect(routed.department).toBe('abfall');
    expect(routed.history.map((h) => h.status)).toEqual(['submitted', 'received']);
    expect((await inbox()).map((r) => r.id)).toContain(doc.id);
  });

  it('hands an invalid submission back to the citizen with the reasons', async () => {
    // Version 1 (free date) is still validated by its own rules for requests made with it.
    const doc = submitted(sperrmuellDraftV1());
    doc.answers = { ...doc.answers, pickupDate: { day: '1', month: '1', year: '2020' }, volume: '12' };
    await citizen.push([{ assumedMasterState: null, newDocumentState: doc }]);
    const back = await eventually(async () => {
      const d = await citizen.current(doc.id);
      return d?.status === 'draft' && d.problems ? d : undefined;
    }, 10_000, 'return');
    expect(back.problems).toEqual([
      { field: 'volume', code: 'range', params: { min: '0,5', max: '5' } },
      { field: 'pickupDate', code: 'notFuture' },
    ]);
    expect(back.reference).toBeUndefined();
    expect((await inbox()).map((r) => r.id)).not.toContain(doc.id);
  });

  it('makes one case of the same submission pushed twice', async () => {
    const doc = submitted(sperrmuellDraft());
    const first = await citizen.push([{ assumedMasterState: null, newDocumentState: doc }]);
    const second = await citizen.push([{ assumedMasterState: null, newDocumentState: doc }]);
    expect(first.body.conflicts).toEqual([]);
    expect(second.body.conflicts).toHaveLength(1);
    await eventually(async () => (await citizen.current(doc.id))?.status === 'received', 10_000, 'routing');
    expect((await inbox()).filter((r) => r.id === doc.id)).toHaveLength(1);
    // Routing it again (a restarted worker re-reading its batch) changes nothing.
    expect(await routeOne(portal.store, doc.id)).toBe('skipped');
    const ref = (await citizen.current(doc.id))!.reference!;
    expect(await assignReference(portal.store, doc.id, 'SPM', new Date().getFullYear())).toBe(ref);
  });

  it('gives unique numbers when two server processes route at once', async () => {
    const second = await startTestPortal({ prefix });
    try {
      const other = new ApiClient(second.url);
      await other.register();
      const docsA = Array.from({ length: 15 }, () => submitted(sperrmuellDraft()));
      const docsB = Array.from({ length: 15 }, () => submitted(sperrmuellDraft()));
      await Promise.all([
        citizen.push(docsA.map((d) => ({ assumedMasterState: null, newDocumentState: d }))),
        other.push(docsB.map((d) => ({ assumedMasterState: null, newDocumentState: d }))),
      ]);
      const ids = new Set([...docsA, ...docsB].map((d) => d.id));
      const routed = await eventually(async () => {
        const list = (await inbox()).filter((r) => ids.has(r.id));
        return list.length === ids.size ? list : undefined;
      }, 20_000, 'all routed');
      expect(new Set(routed.map((r) => r.reference)).size).toBe(ids.size);
      for (const d of docsA) {
        const cur = await citizen.current(d.id);
        expect(cur?.history.filter((h) => h.status === 'received')).toHaveLength(1);
      }
    } finally {
      await second.stop();
    }
  });

  it('catches up from its checkpoint after a restart', async () => {
    await portal.stop();
    const offline = await startTestPortal({ prefix, routing: false });
    const client = new ApiClient(offline.url);
    const user = await client.register();
    const doc = submitted(sperrmuellDraft());
    await client.push([{ assumedMasterState: null, newDocumentState: doc }]);
    await new Promise((r) => setTimeout(r, 300));
    expect((await client.current(doc.id))?.status).toBe('submitted');
    await offline.stop();
    portal = await startTestPortal({ prefix });
    const again = new ApiClient(portal.url);
    expect((await again.login(user.email, 'correct horse battery')).status).toBe(200);
    await eventually(async () => (await again.current(doc.id))?.status === 'received', 10_000, 'catch-up routing');
    clerk = new ApiClient(portal.url);
    await clerk.login('abfall@stadt-werne.example', 'werne-demo-abfall');
  });
});
