import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLOT_POOLS, candidateSlots } from '../../domain/slots';
import type { Portal } from '../portal';
import { ApiClient, appointmentDraft, settled, submitted } from '../test-support/api-client';
import { signedIn } from '../test-support/staff-login';
import { startTestPortal } from '../test-support/test-portal';

let portal: Portal;
let admin: ApiClient;

beforeAll(async () => {
  portal = await startTestPortal();
  admin = await signedIn(portal.url, 'admin@stadt-werne.example', 'werne-demo-admin');
}, 120_000);
afterAll(() => portal?.stop());

/** The Bürgerbüro's bookable days, each with its slots. */
const slots = candidateSlots(SLOT_POOLS.buergerbuero, new Date());
const dates = [...new Set(slots.map((s) => s.slice(0, 10)))];
const on = (date: string) => slots.filter((s) => s.startsWith(date));

/** One person with an appointment on each of these slots, all confirmed. */
async function person(...wanted: string[]) {
  const client = new ApiClient(portal.url);
  await client.register();
  const docs = wanted.map((s) => submitted(appointmentDraft(s)));
  for (const d of docs) {
    await client.push([{ assumedMasterState: null, newDocumentState: d }]);
    expect(await settled(client, d.id)).toMatchObject({ status: 'received', confirmedSlot: d.answers.slot });
  }
  return { client, ids: docs.map((d) => d.id) };
}

describe('closing a day keeps the holding limits (one Bürgerbüro appointment per person and day)', () => {
  it('never moves an appointment onto a day the person already has one: it goes to the next day they may have', async () => {
    const [closed, taken, free] = dates.slice(6, 9);
    const { client, ids } = await person(on(closed)[0], on(taken)[0]);
    const body = { date: closed, reason: 'Schulung', handling: 'move' };
    const preview = await admin.call('POST', '/api/admin/capacity/buergerbuero/close', body);
    expect(preview.body.moves[0].to.slice(0, 10)).toBe(free);
    const done = await admin.call('POST', '/api/admin/capacity/buergerbuero/close', { ...body, confirm: true });
    expect(done.status).toBe(200);
    const moved = (await client.current(ids[0]))!;
    expect(moved.status).toBe('received');
    expect(moved.confirmedSlot!.slice(0, 10)).toBe(free);
    expect((await client.current(ids[1]))!.confirmedSlot).toBe(on(taken)[0]);
  }, 60_000);

  it('cancelled, the citizen is offered only slots they may hold', async () => {
    // The first bookable day closed: the nearest free slots are all on the next day, which the person has.
    const [closed, taken] = dates.slice(0, 2);
    const { client, ids } = await person(on(closed)[0], on(taken)[1]);
    const done = await admin.call('POST', '/api/admin/capacity/buergerbuero/close', { date: closed, reason: 'Streik', handling: 'cancel', confirm: true });
    expect(done.status).toBe(200);
    const back = (await client.current(ids[0]))!;
    expect(back.status).toBe('needs_info');
    expect(back.slotAlternatives!.length).toBe(3);
    expect(back.slotAlternatives!.some((s) => s.startsWith(taken))).toBe(false);
    const told = (await client.call('POST', '/api/sync/messages/pull', { checkpoint: null, batchSize: 50 })).body.documents;
    expect(told.map((m: { text: string }) => m.text).join()).toMatch(/Streik/);
  }, 60_000);
});
