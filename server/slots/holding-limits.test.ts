import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOLDING_LIMITS } from '../../domain/catalogue';
import { SLOT_POOLS, candidateSlots } from '../../domain/slots';
import type { Portal } from '../portal';
import { ApiClient, appointmentDraft, settled, sperrmuellDraft, submitted } from '../test-support/api-client';
import { startTestPortal } from '../test-support/test-portal';
import { takenCounts } from '.';

let portal: Portal;
beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(() => portal?.stop());

const appointment = (slot: string) => submitted(appointmentDraft(slot));

async function citizen(): Promise<ApiClient> {
  const client = new ApiClient(portal.url);
  await client.register();
  return client;
}

describe('holding limits (catalogue data, enforced at routing)', () => {
  it('one push of three appointment requests for one slot holds one place; the second place stays free for someone else', async () => {
    const slot = candidateSlots(SLOT_POOLS.buergerbuero, new Date())[5];
    const hoarder = await citizen();
    const three = [appointment(slot), appointment(slot), appointment(slot)];
    expect((await hoarder.push(three.map((d) => ({ assumedMasterState: null, newDocumentState: d })))).status).toBe(200);
    const results = await Promise.all(three.map((d) => settled(hoarder, d.id)));
    expect(results.filter((d) => d.status === 'received')).toHaveLength(1);
    const refused = results.filter((d) => d.status === 'needs_info');
    expect(refused).toHaveLength(2);
    for (const d of refused) {
      expect(d.history.at(-1)).toMatchObject({ status: 'needs_info', actor: 'system', reason: 'slotLimitPersonDay' });
      expect(d.confirmedSlot).toBeUndefined();
      // Another day is the way out: nothing offered on the day already taken.
      expect(d.slotAlternatives!.length).toBeGreaterThan(0);
      expect(d.slotAlternatives!.every((s) => !s.startsWith(slot.slice(0, 10)))).toBe(true);
    }
    expect((await takenCounts(portal.store, SLOT_POOLS.buergerbuero, undefined)).get(slot)).toBe(1);

    const other = await citizen();
    const hers = appointment(slot);
    await other.push([{ assumedMasterState: null, newDocumentState: hers }]);
    expect(await settled(other, hers.id)).toMatchObject({ status: 'received', confirmedSlot: slot });
  });

  it('a later request of the same person on the same day is refused too', async () => {
    const [first, later] = candidateSlots(SLOT_POOLS.buergerbuero, new Date()).slice(12, 14);
    expect(first.slice(0, 10)).toBe(later.slice(0, 10));
    const person = await citizen();
    const a = appointment(first);
    await person.push([{ assumedMasterState: null, newDocumentState: a }]);
    expect((await settled(person, a.id)).status).toBe('received');
    const b = appointment(later);
    await person.push([{ assumedMasterState: null, newDocumentState: b }]);
    expect((await settled(person, b.id)).history.at(-1)?.reason).toBe('slotLimitPersonDay');
  });

  it('an address holds at most the catalogue\'s number of pickup days a year, across the accounts living there', async () => {
    const limit = HOLDING_LIMITS.find((l) => l.pool === 'sperrmuell')!;
    const year = candidateSlots(SLOT_POOLS.sperrmuell, new Date()).at(-1)!.slice(0, 4);
    const days = candidateSlots(SLOT_POOLS.sperrmuell, new Date()).filter((d) => d.startsWith(year)).slice(0, limit.max + 1);
    expect(days).toHaveLength(limit.max + 1);
    const household = [await citizen(), await citizen()];
    const address = { street: 'Steinstraße', houseNumber: '7', postcode: '59368' };
    const sent: { client: ApiClient; id: string }[] = [];
    for (const [i, day] of days.entries()) {
      const draft = sperrmuellDraft();
      const doc = submitted({ ...draft, answers: { ...draft.answers, ...address, pickupSlot: day } });
      const client = household[i % 2];
      await client.push([{ assumedMasterState: null, newDocumentState: doc }]);
      // One after another, as a household sends them over weeks.
      await settled(client, doc.id);
      sent.push({ client, id: doc.id });
    }
    const results = await Promise.all(sent.map(({ client, id }) => settled(client, id)));
    expect(results.slice(0, limit.max).every((d) => d.status === 'received')).toBe(true);
    expect(results[limit.max]).toMatchObject({ status: 'needs_info', slotAlternatives: [] });
    expect(results[limit.max].history.at(-1)?.reason).toBe('slotLimitAddressYear');

    // The neighbour next door is not affected.
    const neighbour = await citizen();
    const draft = sperrmuellDraft();
    const theirs = submitted({ ...draft, answers: { ...draft.answers, ...address, houseNumber: '9', pickupSlot: days[limit.max] } });
    await neighbour.push([{ assumedMasterState: null, newDocumentState: theirs }]);
    expect((await settled(neighbour, theirs.id)).status).toBe('received');
  }, 60_000);
});
