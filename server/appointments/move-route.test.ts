import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestDoc } from '../../domain/request/request-document';
import { SLOT_POOLS, candidateSlots } from '../../domain/slots';
import type { SyncedDoc } from '../../domain/sync/sync-protocol';
import type { Portal } from '../portal';
import { takenCounts } from '../slots';
import { ApiClient, eventually, submitted } from '../test-support/api-client';
import { startTestPortal, uniquePrefix } from '../test-support/test-portal';

let portal: Portal;
beforeAll(async () => {
  portal = await startTestPortal({ prefix: uniquePrefix() });
});
afterAll(async () => {
  await portal?.stop();
});

// Late slots of the office pool, away from the ones server/slots' tests fill.
const officeSlot = (n: number) => candidateSlots(SLOT_POOLS.buergerbuero, new Date()).at(-1 - n)!;
const taken = async (slot: string) => (await takenCounts(portal.store, SLOT_POOLS.buergerbuero, undefined)).get(slot) ?? 0;

async function citizen(): Promise<ApiClient> {
  const client = new ApiClient(portal.url);
  await client.register();
  return client;
}

/** A citizen's appointment, sent and confirmed by the routing worker. */
async function bookedAppointment(client: ApiClient, slot: string): Promise<SyncedDoc<RequestDoc>> {
  const now = new Date().toISOString();
  const doc = submitted({
    id: randomUUID(),
    serviceId: 'termin-buergerbuero',
    catalogueVersion: 1,
    answers: { concern: 'anmeldung', persons: '1', slot, name: 'Erika Muster', email: 'erika@example.org' },
    status: 'draft',
    createdAt: now,
    updatedAt: now,
    history: [],
    _deleted: false,
  });
  await client.push([{ assumedMasterState: null, newDocumentState: doc }]);
  return eventually(async () => {
    const current = await client.current(doc.id);
    return current?.status === 'received' ? current : undefined;
  }, 20_000, 'routing');
}

describe('POST /api/termine/:id/verlegen', () => {
  it('moves the owner\'s appointment: the new slot is held, the old one free again', async () => {
    const owner = await citizen();
    const [from, to] = [officeSlot(0), officeSlot(1)];
    const doc = await bookedAppointment(owner, from);
    expect(doc.confirmedSlot).toBe(from);
    expect(await taken(from)).toBe(1);

    const res = await owner.call('POST', `/api/termine/${doc.id}/verlegen`, { slot: to });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: doc.id, confirmedSlot: to, previousSlot: from });
    expect(await taken(from)).toBe(0);
    expect(await taken(to)).toBe(1);
    const after = (await owner.current(doc.id))!;
    expect(after).toMatchObject({ status: 'received', confirmedSlot: to, reference: doc.reference });
    expect(after.answers.slot).toBe(to);
    const listed = await (await fetch(`${portal.url}/api/slots/buergerbuero`)).json();
    expect(listed.slots.find((s: { id: string }) => s.id === from)).toEqual({ id: from, free: 2 });
  });

  it('another citizen can neither move nor cancel it; the slot stays held', async () => {
    const owner = await citizen();
    const other = await citizen();
    const slot = officeSlot(2);
    const doc = await bookedAppointment(owner, slot);

    const move = await other.call('POST', `/api/termine/${doc.id}/verlegen`, { slot: officeSlot(3) });
    expect(move.status).toBe(404);
    // Cancelling is withdrawing through sync: the server refuses a document the caller does not own.
    const withdrawn = { ...doc, status: 'withdrawn' as const, updatedAt: new Date().toISOString() };
    const push = await other.push([{ assumedMasterState: doc, newDocumentState: withdrawn }]);
    expect(push.status).not.toBe(200);
    expect((await owner.current(doc.id))!.status).toBe('received');
    expect(await taken(slot)).toBe(1);
    expect(await taken(officeSlot(3))).toBe(0);
    const anonymous = await new ApiClient(portal.url).call('POST', `/api/termine/${doc.id}/verlegen`, { slot: officeSlot(3) });
    expect(anonymous.status).toBe(401);
  });

  it('cancelling (withdrawing) frees the slot', async () => {
    const owner = await citizen();
    const slot = officeSlot(4);
    const doc = await bookedAppointment(owner, slot);
    const withdrawn = { ...doc, status: 'withdrawn' as const, updatedAt: new Date().toISOString() };
    const push = await owner.push([{ assumedMasterState: doc, newDocumentState: withdrawn }]);
    expect(push.status).toBe(200);
    await eventually(async () => (await taken(slot)) === 0, 10_000, 'slot released');
  });

  it('refuses bad input with a clear 4xx and keeps the appointment', async () => {
    const owner = await citizen();
    const slot = officeSlot(5);
    const doc = await bookedAppointment(owner, slot);
    const cases: Array<[unknown, number, string]> = [
      // Refused at the contract's door (domain/api) before the route sees them.
      [{ slot: officeSlot(6), owner: 'someone-else' }, 400, 'unknown_field'],
      [{ slot: officeSlot(6), confirmedSlot: officeSlot(6) }, 400, 'unknown_field'],
      [{}, 400, 'validation_failed'],
      [{ slot: 42 }, 400, 'validation_failed'],
      [{ slot: '2020-01-06T08:00' }, 400, 'invalid_slot'],
      [{ slot: `${officeSlot(6).slice(0, 10)}T03:00` }, 400, 'invalid_slot'],
      [{ slot: slot }, 400, 'same_slot'],
    ];
    for (const [body, status, code] of cases) {
      const res = await owner.call('POST', `/api/termine/${doc.id}/verlegen`, body);
      expect([res.status, res.body.error], JSON.stringify(body)).toEqual([status, code]);
      expect(res.body.message).toBeTruthy();
    }
    expect((await owner.call('POST', `/api/termine/${randomUUID()}/verlegen`, { slot: officeSlot(6) })).status).toBe(404);
    expect((await owner.current(doc.id))!.confirmedSlot).toBe(slot);
    expect(await taken(slot)).toBe(1);
    expect(await taken(officeSlot(6))).toBe(0);
  });

  it('a full slot is refused with alternatives, and the old appointment kept', async () => {
    const [a, b, owner] = await Promise.all([citizen(), citizen(), citizen()]);
    const full = officeSlot(7);
    await bookedAppointment(a, full);
    await bookedAppointment(b, full);
    const doc = await bookedAppointment(owner, officeSlot(8));
    const res = await owner.call('POST', `/api/termine/${doc.id}/verlegen`, { slot: full });
    expect(res.status).toBe(409);
    expect(res.body.error).toBe('slot_taken');
    expect(res.body.alternatives).toHaveLength(3);
    expect(res.body.alternatives).not.toContain(full);
    expect(await taken(full)).toBe(2);
    expect(await taken(officeSlot(8))).toBe(1);
  });

  it('refuses a move onto a day the person already has another Bürgerbüro appointment on; a move within that day is fine', async () => {
    const owner = await citizen();
    // Two days from the middle of the bookable range, away from the late slots the tests above use.
    const byDay = new Map<string, string[]>();
    for (const slot of candidateSlots(SLOT_POOLS.buergerbuero, new Date())) byDay.set(slot.slice(0, 10), [...(byDay.get(slot.slice(0, 10)) ?? []), slot]);
    const days = [...byDay.values()];
    const [first, second] = [days[Math.floor(days.length / 2)], days[Math.floor(days.length / 2) + 1]];
    const kept = await bookedAppointment(owner, first[1]);
    const other = await bookedAppointment(owner, second[1]);

    const res = await owner.call('POST', `/api/termine/${other.id}/verlegen`, { slot: first[2] });
    expect(res.status).toBe(409);
    expect(res.body.error).toBe('holding_limit');
    expect(res.body.message).toMatch(/an diesem Tag bereits einen Termin/);
    expect((await owner.current(other.id))?.confirmedSlot).toBe(second[1]);
    expect(await taken(first[2])).toBe(0);

    const within = await owner.call('POST', `/api/termine/${kept.id}/verlegen`, { slot: first[3] });
    expect(within.status).toBe(200);
  });
});
