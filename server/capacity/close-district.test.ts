import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLOT_POOLS, candidateSlots } from '../../domain/slots';
import { loadTour } from '../disposer';
import type { Portal } from '../portal';
import { ApiClient, eventually, sperrmuellDraft, submitted } from '../test-support/api-client';
import { confirmedPickup } from '../test-support/pickup';
import { signedIn } from '../test-support/staff-login';
import { startTestPortal } from '../test-support/test-portal';

let portal: Portal;
let admin: ApiClient;

beforeAll(async () => {
  portal = await startTestPortal();
  admin = await signedIn(portal.url, 'admin@stadt-werne.example', 'werne-demo-admin');
}, 120_000);
afterAll(() => portal?.stop());

const days = candidateSlots(SLOT_POOLS.sperrmuell, new Date());
const CLOSE = '/api/admin/capacity/sperrmuell/close';

const pickup = (day: string, street: string) => confirmedPickup(portal.url, day, street, 'Dora Distrikt');
const free = async (district: string) => ((await (await fetch(`${portal.url}/api/slots/sperrmuell?district=${district}`)).json()).slots as { id: string }[]).map((s) => s.id);
const messages = async (c: ApiClient) => (await c.call('POST', '/api/sync/messages/pull', { checkpoint: null, batchSize: 50 })).body.documents as { text: string }[];

describe('closing one district on a day (crew shortage in one Ortsteil)', () => {
  it('moves only that district\'s pickups, tells only them, and leaves the other districts\' day as it was', async () => {
    const day = days[8];
    const next = days[9];
    const centre = await pickup(day, 'Bonenstraße');
    const stockum = await pickup(day, 'Stockumer Straße');
    const body = { date: day, reason: 'Kolonne Mitte krank', handling: 'move', district: 'mitte' };

    const preview = await admin.call('POST', CLOSE, body);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ done: false, affected: 1, moves: [{ requestId: centre.id, district: 'mitte', from: day, to: next }] });
    expect(await free('mitte')).toContain(day);

    const done = await admin.call('POST', CLOSE, { ...body, confirm: true });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ done: true, affected: 1, moves: [{ requestId: centre.id, to: next }] });
    // The whole day is not closed: only the district-day.
    expect(done.body.pool.closed).toEqual([]);
    expect(done.body.pool.closedDistricts).toEqual([{ date: day, district: 'mitte', reason: 'Kolonne Mitte krank' }]);

    expect((await centre.citizen.current(centre.id))!.confirmedSlot).toBe(next);
    expect((await stockum.citizen.current(stockum.id))!.confirmedSlot).toBe(day);
    expect((await messages(centre.citizen))[0].text).toMatch(/Kolonne Mitte krank/);
    expect(await messages(stockum.citizen)).toEqual([]);

    expect(await free('mitte')).not.toContain(day);
    expect(await free('stockum')).toContain(day);
    expect((await loadTour(portal.store, day, 'mitte', 'test')).pickups).toEqual([]);
    expect((await loadTour(portal.store, next, 'mitte', 'test')).pickups.map((p) => p.reference)).toEqual([centre.reference]);
    expect((await loadTour(portal.store, day, 'stockum', 'test')).pickups.map((p) => p.reference)).toEqual([stockum.reference]);

    // A pickup sent for the closed district-day now is offered another day; one for Stockum still gets it.
    const late = sperrmuellDraft();
    const lateCitizen = new ApiClient(portal.url);
    await lateCitizen.register();
    const lateDoc = submitted({ ...late, answers: { ...late.answers, street: 'Bonenstraße', pickupSlot: day } });
    await lateCitizen.push([{ assumedMasterState: null, newDocumentState: lateDoc }]);
    const refused = await eventually(async () => { const d = await lateCitizen.current(lateDoc.id); return d?.status === 'needs_info' && d; }, 30_000, 'refusal');
    expect(refused.slotAlternatives).not.toContain(day);
    await pickup(day, 'Stockumer Straße');

    // Opened again, the district's day is offered again.
    const opened = await admin.call('POST', '/api/admin/capacity/sperrmuell/open', { date: day, district: 'mitte' });
    expect(opened.status).toBe(200);
    expect(opened.body.pool.closedDistricts).toEqual([]);
    expect(await free('mitte')).toContain(day);
  }, 60_000);

  it('refuses a district for the Bürgerbüro, an unknown district, and anyone but the admin', async () => {
    const office = await admin.call('POST', '/api/admin/capacity/buergerbuero/close', { date: days[3], reason: 'x', handling: 'move', district: 'mitte' });
    expect(office.status).toBe(400);
    expect(office.body.problems[0]).toMatchObject({ field: 'district', code: 'notDayPool' });
    const unknown = await admin.call('POST', CLOSE, { date: days[3], reason: 'x', handling: 'move', district: 'atlantis' });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toMatch(/district/);
    const clerk = await signedIn(portal.url, 'abfall@stadt-werne.example', 'werne-demo-abfall');
    expect((await clerk.call('POST', CLOSE, { date: days[3], reason: 'x', handling: 'move', district: 'mitte', confirm: true })).status).toBe(403);
    expect((await admin.call('GET', '/api/admin/capacity')).body.pools[0].closedDistricts).toEqual([]);
  });
});
