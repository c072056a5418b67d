import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestDoc } from '../../domain/request/request-document';
import type { SyncedDoc } from '../../domain/sync/sync-protocol';
import { SLOT_POOLS, candidateSlots } from '../../domain/slots';
import type { Portal } from '../portal';
import { slotDocId } from '../slots';
import { getOrNull } from '../store';
import { ApiClient, eventually, settled, sperrmuellDraft, submitted } from '../test-support/api-client';
import { signedIn } from '../test-support/staff-login';
import { startTestPortal, uniquePrefix } from '../test-support/test-portal';

/** Two server processes on one store, each with its own routing worker, as in the slot race tests. */
const prefix = uniquePrefix();
let one: Portal;
let two: Portal;
let admin: ApiClient;

beforeAll(async () => {
  one = await startTestPortal({ prefix });
  two = await startTestPortal({ prefix });
  admin = await signedIn(two.url, 'admin@stadt-werne.example', 'werne-demo-admin');
}, 120_000);
afterAll(async () => {
  await two?.stop();
  await one?.stop();
});

const days = candidateSlots(SLOT_POOLS.sperrmuell, new Date());

async function citizens(n: number): Promise<ApiClient[]> {
  return Promise.all(Array.from({ length: n }, async (_, i) => {
    const c = new ApiClient(i % 2 ? two.url : one.url);
    await c.register();
    return c;
  }));
}

/** Each citizen sends a pickup in the town centre (or that street) for this day; resolves with the drafts sent. */
async function send(clients: ApiClient[], day: string, street = 'Bonenstraße'): Promise<SyncedDoc<RequestDoc>[]> {
  const docs = clients.map(() => {
    const d = sperrmuellDraft();
    return submitted({ ...d, answers: { ...d.answers, street, pickupSlot: day } });
  });
  await Promise.all(clients.map((c, i) => c.push([{ assumedMasterState: null, newDocumentState: docs[i] }])));
  return docs;
}

/** Each request as routing left it, once no one claims the closed day (a routing that raced the closing may still be moving). */
async function settledOff(day: string, all: SyncedDoc<RequestDoc>[], clients: ApiClient[]) {
  const results = await Promise.all(all.map((d, i) => settled(clients[i], d.id)));
  return Promise.all(
    results.map((r, i) => (r.confirmedSlot === day ? eventually(async () => { const d = await clients[i].current(all[i].id); return d?.confirmedSlot !== day && d; }, 30_000, 'the move') : r)),
  );
}

type SlotDoc = { holders: string[]; closed?: string };
const holdersOf = async (day: string, district = 'mitte'): Promise<SlotDoc> =>
  (await getOrNull<SlotDoc>(one.store.counters, slotDocId(SLOT_POOLS.sperrmuell, district, day))) ?? { holders: [] };

describe('closing and booking at once, through two server processes', () => {
  it('never leaves a booking on the closed day and never loses one', async () => {
    const day = days[20];
    const clients = await citizens(12);
    // Six are booked before the closing; six race it.
    const early = await send(clients.slice(0, 6), day);
    await Promise.all(early.map((d, i) => settled(clients[i], d.id)));
    const [late, closing] = await Promise.all([
      send(clients.slice(6), day),
      admin.call('POST', '/api/admin/capacity/sperrmuell/close', { date: day, reason: 'Feiertag der Kolonne', handling: 'move', confirm: true }),
    ]);
    expect(closing.status).toBe(200);
    const final = await settledOff(day, [...early, ...late], clients);

    const moved = final.filter((r) => r.status === 'received');
    const asked = final.filter((r) => r.status === 'needs_info');
    expect(moved.length + asked.length).toBe(12);
    expect(final.some((r) => r.confirmedSlot === day)).toBe(false);
    for (const r of asked) expect(r.slotAlternatives).not.toContain(day);
    // Every confirmed pickup holds a place on its new day, and no day is over its capacity.
    for (const r of moved) expect((await holdersOf(r.confirmedSlot!)).holders).toContain(r.id);
    const closedSlot = await holdersOf(day);
    expect(closedSlot.holders).toEqual([]);
    expect(closedSlot.closed).toBe('Feiertag der Kolonne');
    for (const d of new Set(moved.map((r) => r.confirmedSlot!))) expect((await holdersOf(d)).holders.length).toBeLessThanOrEqual(8);
    console.log(`closing raced by 6 bookings: ${closing.body.affected} moved by the closing, ${moved.length} confirmed on another day, ${asked.length} asked to choose again`);
  }, 120_000);

  it('never overbooks a day whose capacity is lowered while bookings come in', async () => {
    const day = days[25];
    const clients = await citizens(8);
    const { body } = await admin.call('GET', '/api/admin/capacity');
    const [, lowering] = await Promise.all([
      send(clients, day),
      admin.call('PUT', '/api/admin/capacity/sperrmuell', { rev: body.pools[0].rev, perDistrict: { mitte: 3 } }),
    ]);
    expect([200, 409]).toContain(lowering.status);
    const results = await Promise.all(clients.map(async (c) => (await c.pull(null, 50)).body.documents[0]));
    await Promise.all(results.map((r, i) => settled(clients[i], r.id)));
    const after = (await admin.call('GET', '/api/admin/capacity')).body.pools[0].perDistrict.mitte;
    const held = (await holdersOf(day)).holders.length;
    expect(held).toBeLessThanOrEqual(after);
    const confirmed = (await Promise.all(results.map((r, i) => settled(clients[i], r.id)))).filter((r) => r.status === 'received');
    expect(confirmed.length).toBe(held);
    console.log(`lowering to 3 raced by 8 bookings: answered ${lowering.status}, capacity now ${after}, ${held} booked`);
  }, 120_000);

  it('closing one district while its bookings come in: none lost, none left on the closed district-day, the other district untouched', async () => {
    const day = days[30];
    const clients = await citizens(12);
    const stockum = await send(clients.slice(10), day, 'Stockumer Straße');
    await Promise.all(stockum.map((d, i) => settled(clients[10 + i], d.id)));
    const early = await send(clients.slice(0, 5), day);
    await Promise.all(early.map((d, i) => settled(clients[i], d.id)));
    const [late, closing] = await Promise.all([
      send(clients.slice(5, 10), day),
      admin.call('POST', '/api/admin/capacity/sperrmuell/close', { date: day, district: 'mitte', reason: 'Kolonne Mitte krank', handling: 'move', confirm: true }),
    ]);
    expect(closing.status).toBe(200);
    const final = await settledOff(day, [...early, ...late], clients);
    const moved = final.filter((r) => r.status === 'received');
    const asked = final.filter((r) => r.status === 'needs_info');
    expect(moved.length + asked.length).toBe(10);
    for (const r of moved) expect((await holdersOf(r.confirmedSlot!)).holders).toContain(r.id);
    for (const r of asked) expect(r.slotAlternatives).not.toContain(day);
    expect((await holdersOf(day)).holders).toEqual([]);
    expect((await holdersOf(day)).closed).toBe('Kolonne Mitte krank');
    // Stockum's pickups on the same day stay where they were, and the day stays open there.
    const stockumHolders = await holdersOf(day, 'stockum');
    expect(stockumHolders.closed).toBeUndefined();
    expect(stockumHolders.holders.sort()).toEqual(stockum.map((d) => d.id).sort());
    for (const [i, d] of stockum.entries()) expect((await clients[10 + i].current(d.id))!.confirmedSlot).toBe(day);
    console.log(`district closing raced by 5 bookings: ${closing.body.affected} moved by the closing, ${moved.length} on another day, ${asked.length} asked to choose again`);
  }, 120_000);
});
