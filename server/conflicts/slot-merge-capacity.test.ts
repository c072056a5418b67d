import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLOT_POOLS, candidateSlots } from '../../domain/slots';
import type { Portal } from '../portal';
import { slotDocId } from '../slots';
import { getOrNull } from '../store';
import { signedIn } from '../test-support/staff-login';
import { startTestPortal } from '../test-support/test-portal';
import { resolveDocument } from '.';

/**
 * Two leaves of one slot document, as two cluster nodes that both accepted a booking leave them,
 * written with `new_edits: false` (what replication does), then resolved as the worker would.
 */
let portal: Portal;
beforeAll(async () => {
  portal = await startTestPortal({ routing: false });
}, 120_000);
afterAll(() => portal?.stop());

const slots = candidateSlots(SLOT_POOLS.buergerbuero, new Date());

async function conflicted(slot: string, a: string[], b: string[]): Promise<string> {
  const id = slotDocId(SLOT_POOLS.buergerbuero, undefined, slot);
  await portal.store.counters.bulk({ docs: [{ _id: id, _rev: '1-aaaa', type: 'slot', holders: a }, { _id: id, _rev: '1-bbbb', type: 'slot', holders: b }], new_edits: false } as never);
  expect(((await portal.store.counters.get(id, { conflicts: true })) as { _conflicts?: string[] })._conflicts).toHaveLength(1);
  return id;
}

describe('merging a slot booked on two nodes counts against the administered capacity', () => {
  it('keeps one holder when the admin lowered the counters to one, and three when raised to three (the catalogue says two)', async () => {
    const admin = await signedIn(portal.url, 'admin@stadt-werne.example', 'werne-demo-admin');
    const lowered = await admin.call('PUT', '/api/admin/capacity/buergerbuero', { rev: null, counters: 1 });
    expect(lowered.status).toBe(200);
    const narrow = await conflicted(slots[6], ['r4'], ['r5']);
    await resolveDocument(portal.store, 'counters', narrow);
    expect((await getOrNull<{ holders: string[] }>(portal.store.counters, narrow))!.holders).toHaveLength(1);
    expect(((await portal.store.counters.get(narrow, { conflicts: true })) as { _conflicts?: string[] })._conflicts).toBeUndefined();

    const raised = await admin.call('PUT', '/api/admin/capacity/buergerbuero', { rev: lowered.body.pool.rev, counters: 3 });
    expect(raised.status).toBe(200);
    const wide = await conflicted(slots[3], ['r1', 'r2'], ['r1', 'r3']);
    await resolveDocument(portal.store, 'counters', wide);
    expect((await getOrNull<{ holders: string[] }>(portal.store.counters, wide))!.holders.sort()).toEqual(['r1', 'r2', 'r3']);
  }, 60_000);
});
