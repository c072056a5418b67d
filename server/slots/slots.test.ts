import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestDoc } from '../../domain/request/request-document';
import type { SyncedDoc } from '../../domain/sync/sync-protocol';
import { SLOT_POOLS, candidateSlots } from '../../domain/slots';
import type { Portal } from '../portal';
import { ApiClient, appointmentDraft, eventually, settled, sperrmuellDraft, sperrmuellDraftV1, submitted } from '../test-support/api-client';
import { startTestPortal, uniquePrefix } from '../test-support/test-portal';
import { takenCounts } from '.';
import { decideCase } from '../test-support/decide';

const prefix = uniquePrefix();
let portal: Portal;
let second: Portal;

beforeAll(async () => {
  portal = await startTestPortal({ prefix });
  // A second server process on the same store, with its own routing worker.
  second = await startTestPortal({ prefix });
});
afterAll(async () => {
  await second?.stop();
  await portal?.stop();
});

const appointment = appointmentDraft;

async function citizen(base = portal.url): Promise<ApiClient> {
  const client = new ApiClient(base);
  await client.register();
  return client;
}

/** Slots of the office pool, the n-th bookable one (distinct per test so tests don't share seats). */
const officeSlot = (n: number) => candidateSlots(SLOT_POOLS.buergerbuero, new Date())[n];

describe('GET /api/slots/:pool', () => {
  it('lists free Bürgerbüro slots with two places each, publicly and briefly cacheable', async () => {
    const res = await fetch(`${portal.url}/api/slots/buergerbuero`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    const body = await res.json();
    expect(body.pool).toBe('buergerbuero');
    expect(Date.parse(body.fetchedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(body.slots[0]).toEqual({ id: officeSlot(0), free: 2 });
    // Public data only: ids and counts, nothing about who booked.
    expect(Object.keys(body.slots[0]).sort()).toEqual(['free', 'id']);
  });

  it('wants a known district for pickups, and says so in German', async () => {
    const missing = await fetch(`${portal.url}/api/slots/sperrmuell`);
    expect(missing.status).toBe(400);
    expect((await missing.json()).message).toMatch(/Ortsteil/);
    const ok = await (await fetch(`${portal.url}/api/slots/sperrmuell?district=stockum&from=2099-01-01`)).json();
    expect(ok.slots).toEqual([]);
    const stockum = await (await fetch(`${portal.url}/api/slots/sperrmuell?district=stockum`)).json();
    expect(stockum.slots[0]).toEqual({ id: candidateSlots(SLOT_POOLS.sperrmuell, new Date())[0], free: 4 });
    expect((await fetch(`${portal.url}/api/slots/sauna`)).status).toBe(404);
  });
});

describe('booking slots at routing', () => {
  // Longer than the default: twenty registrations, each with its login (registration no longer signs in).
  it('gives the last seats of a slot to exactly two of twenty citizens sending at once, through two servers', async () => {
    const slot = officeSlot(3);
    const clients = await Promise.all(Array.from({ length: 20 }, (_, i) => citizen(i % 2 ? second.url : portal.url)));
    const docs = clients.map(() => submitted(appointment(slot)));
    await Promise.all(clients.map((c, i) => c.push([{ assumedMasterState: null, newDocumentState: docs[i] }])));
    const results = await Promise.all(clients.map((c, i) => settled(c, docs[i].id)));

    const confirmed = results.filter((d) => d.status === 'received');
    const asked = results.filter((d) => d.status === 'needs_info');
    expect(confirmed).toHaveLength(2);
    expect(confirmed.every((d) => d.confirmedSlot === slot)).toBe(true);
    expect(asked).toHaveLength(18);
    for (const d of asked) {
      expect(d.reference).toMatch(/^TBB-\d{4}-\d{6}$/);
      expect(d.department).toBe('buergerbuero');
      expect(d.confirmedSlot).toBeUndefined();
      expect(d.slotAlternatives).toHaveLength(3);
      expect(d.slotAlternatives).not.toContain(slot);
      expect(d.history.at(-1)).toMatchObject({ status: 'needs_info', actor: 'system', reason: 'slotTaken' });
    }
    // The nearest free ones: the slots right before and after the wished one.
    expect(asked[0].slotAlternatives!.slice(0, 2).sort()).toEqual([officeSlot(2), officeSlot(4)].sort());
    expect((await takenCounts(portal.store, SLOT_POOLS.buergerbuero, undefined)).get(slot)).toBe(2);
    const listed = await (await fetch(`${portal.url}/api/slots/buergerbuero`)).json();
    expect(listed.slots.map((s: { id: string }) => s.id)).not.toContain(slot);
  }, 60_000);

  it('routes a request sent again with an offered slot, keeping its reference', async () => {
    const slot = officeSlot(10);
    const [a, b, c] = await Promise.all([citizen(), citizen(), citizen()]);
    for (const client of [a, b]) await settled(client, (await pushSubmitted(client, appointment(slot))).id);
    const late = await pushSubmitted(c, appointment(slot));
    const asked = await settled(c, late.id);
    expect(asked.status).toBe('needs_info');

    const choice = asked.slotAlternatives![0];
    const again = { ...asked, answers: { ...asked.answers, slot: choice }, status: 'submitted' as const, submittedAt: new Date().toISOString(), updatedAt: new Date().toISOString() };
    const pushed = await c.push([{ assumedMasterState: asked, newDocumentState: again }]);
    expect(pushed.body.conflicts).toEqual([]);
    const routed = await settled(c, late.id);
    expect(routed.status).toBe('received');
    expect(routed.confirmedSlot).toBe(choice);
    expect(routed.reference).toBe(asked.reference);
    expect(routed.slotAlternatives).toBeUndefined();
    expect(routed.history.map((h) => h.status)).toEqual(['submitted', 'needs_info', 'submitted', 'received']);
  });

  it('frees the seat when the citizen withdraws, so the next citizen gets it', async () => {
    const slot = officeSlot(20);
    const [a, b, c] = await Promise.all([citizen(), citizen(), citizen()]);
    const first = await settled(a, (await pushSubmitted(a, appointment(slot))).id);
    await settled(b, (await pushSubmitted(b, appointment(slot))).id);
    expect(first.confirmedSlot).toBe(slot);

    const withdrawn = { ...first, status: 'withdrawn' as const, updatedAt: new Date().toISOString() };
    expect((await a.push([{ assumedMasterState: first, newDocumentState: withdrawn }])).body.conflicts).toEqual([]);
    await eventually(async () => (await takenCounts(portal.store, SLOT_POOLS.buergerbuero, undefined)).get(slot) === 1, 10_000, 'release');

    const third = await settled(c, (await pushSubmitted(c, appointment(slot))).id);
    expect(third.status).toBe('received');
    expect(third.confirmedSlot).toBe(slot);
  });

  it('frees the seat when the Bürgerbüro rejects the request', async () => {
    const slot = officeSlot(25);
    const client = await citizen();
    const held = await settled(client, (await pushSubmitted(client, appointment(slot))).id);
    expect(held.confirmedSlot).toBe(slot);
    const clerk = new ApiClient(portal.url);
    expect((await clerk.login('buergerbuero@stadt-werne.example', 'werne-demo-buergerbuero')).status).toBe(200);
    const reason = 'Für diesen Ausweis ist das Bürgerbüro Ihres Wohnorts zuständig.';
    expect((await decideCase(clerk, held.id, 'reject', reason)).status).toBe(200);
    await eventually(async () => !(await takenCounts(portal.store, SLOT_POOLS.buergerbuero, undefined)).has(slot), 10_000, 'release');
    const listed = await (await fetch(`${portal.url}/api/slots/buergerbuero`)).json();
    expect(listed.slots).toContainEqual({ id: slot, free: 2 });
  });

  it('counts pickup days per district and confirms the Sperrmüll day (version 2, with its fee)', async () => {
    const client = await citizen();
    const doc = sperrmuellDraft({ answers: { ...sperrmuellDraft().answers, street: 'Lindert', volume: '3,5' } });
    const routed = await settled(client, (await pushSubmitted(client, doc)).id);
    expect(routed.status).toBe('received');
    expect(routed.confirmedSlot).toBe(doc.answers.pickupSlot);
    // 20 € including 2 m³, plus 2 started m³ at 10 €.
    expect(routed.feeCents).toBe(4000);
    expect((await takenCounts(portal.store, SLOT_POOLS.sperrmuell, 'stockum')).get(doc.answers.pickupSlot as string)).toBe(1);
    expect((await takenCounts(portal.store, SLOT_POOLS.sperrmuell, 'mitte')).get(doc.answers.pickupSlot as string)).toBeUndefined();
  });

  it('still accepts and routes a version 1 request with its free date, without a slot', async () => {
    const client = await citizen();
    const routed = await settled(client, (await pushSubmitted(client, sperrmuellDraftV1())).id);
    expect(routed.status).toBe('received');
    expect(routed.reference).toMatch(/^SPM-/);
    expect(routed.confirmedSlot).toBeUndefined();
    expect(routed.feeCents).toBe(0);
  });

  it('offers alternatives instead of handing back a wish that came too close while offline', async () => {
    const client = await citizen();
    // Today is never bookable (pickups need three days' notice).
    const today = new Date().toISOString().slice(0, 10);
    const doc = sperrmuellDraft({ answers: { ...sperrmuellDraft().answers, pickupSlot: today } });
    const routed = await settled(client, (await pushSubmitted(client, doc)).id);
    expect(routed.status).toBe('needs_info');
    expect(routed.slotAlternatives?.[0]).toBe(candidateSlots(SLOT_POOLS.sperrmuell, new Date())[0]);
  });
});

async function pushSubmitted(client: ApiClient, draft: SyncedDoc<RequestDoc>): Promise<SyncedDoc<RequestDoc>> {
  const doc = submitted(draft);
  const res = await client.push([{ assumedMasterState: null, newDocumentState: doc }]);
  if (res.status !== 200 || res.body.conflicts.length) throw new Error(`push failed: ${res.status} ${JSON.stringify(res.body)}`);
  return doc;
}
