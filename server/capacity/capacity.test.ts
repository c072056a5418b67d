import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLOT_POOLS, candidateSlots } from '../../domain/slots';
import { loadTour } from '../disposer';
import type { Portal } from '../portal';
import { takenCounts } from '../slots';
import { ApiClient, eventually } from '../test-support/api-client';
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

const pickup = (day: string, street?: string) => confirmedPickup(portal.url, day, street);

const free = async (district: string) => (await (await fetch(`${portal.url}/api/slots/sperrmuell?district=${district}`)).json()).slots as { id: string; free: number }[];

describe('capacity as data the administrator sets', () => {
  it('starts from the figures in code and lets no one else in, and nothing forged', async () => {
    const { status, body } = await admin.call('GET', '/api/admin/capacity');
    expect(status).toBe(200);
    const [sperr, office] = body.pools;
    expect(sperr).toMatchObject({ id: 'sperrmuell', kind: 'day', rev: null, closed: [], extra: [] });
    expect(sperr.perDistrict).toMatchObject({ mitte: 8, stockum: 4 });
    expect(office).toMatchObject({ id: 'buergerbuero', kind: 'time', counters: 2, minutes: 20 });
    expect(office.hours['4']).toEqual([['08:00', '12:00'], ['14:00', '18:00']]);

    const clerk = await signedIn(portal.url, 'abfall@stadt-werne.example', 'werne-demo-abfall');
    expect((await clerk.call('GET', '/api/admin/capacity')).status).toBe(403);
    const close = { date: days[5], reason: 'Test', handling: 'move', confirm: true };
    expect((await clerk.call('POST', '/api/admin/capacity/sperrmuell/close', close)).status).toBe(403);
    const citizen = new ApiClient(portal.url);
    await citizen.register();
    expect((await citizen.call('PUT', '/api/admin/capacity/buergerbuero', { rev: null, counters: 9 })).status).toBe(403);
    expect((await new ApiClient(portal.url).call('GET', '/api/admin/capacity')).status).toBe(401);

    const forged = await admin.call('PUT', '/api/admin/capacity/buergerbuero', { rev: null, counters: 3, holders: ['x'] });
    expect(forged.status).toBe(400);
    const wrongKind = await admin.call('PUT', '/api/admin/capacity/sperrmuell', { rev: null, counters: 3 });
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.problems[0]).toMatchObject({ field: 'pool', code: 'notTimePool', message: expect.stringMatching(/Bürgerbüro/) });
    const badHours = await admin.call('PUT', '/api/admin/capacity/buergerbuero', { rev: null, hours: { 1: [['12:00', '08:00']] } });
    expect(badHours.status).toBe(400);
    expect(badHours.body.problems[0]).toMatchObject({ field: 'hours.1', code: 'order', message: expect.stringMatching(/enden/) });
    const past = await admin.call('POST', '/api/admin/capacity/sperrmuell/close', { date: '2020-01-06', reason: 'x', handling: 'move' });
    expect(past.status).toBe(400);
    expect(past.body.problems[0].message).toMatch(/Vergangenheit/);
    expect((await admin.call('POST', '/api/admin/capacity/sauna/close', { date: days[5], reason: 'x', handling: 'move' })).status).toBe(404);
    // Nothing of it was stored.
    expect((await admin.call('GET', '/api/admin/capacity')).body.pools[1].rev).toBeNull();
  });

  it('closes a day with a booked pickup: shows it first, then moves it, tells the citizen and the tour list follows', async () => {
    const day = days[10];
    const next = days[11];
    const { citizen, user, id, reference } = await pickup(day);
    const body = { date: day, reason: 'Personalmangel in der Kolonne', handling: 'move' };

    const preview = await admin.call('POST', '/api/admin/capacity/sperrmuell/close', body);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ done: false, affected: 1, moves: [{ requestId: id, reference, district: 'mitte', from: day, to: next }] });
    // A preview changes nothing.
    expect((await citizen.current(id))!.confirmedSlot).toBe(day);
    expect((await free('mitte')).map((s) => s.id)).toContain(day);

    const done = await admin.call('POST', '/api/admin/capacity/sperrmuell/close', { ...body, confirm: true });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ done: true, affected: 1, moves: [{ requestId: id, to: next }] });
    expect(done.body.pool.closed).toEqual([{ date: day, reason: 'Personalmangel in der Kolonne' }]);

    const moved = (await citizen.current(id))!;
    expect(moved.confirmedSlot).toBe(next);
    expect(moved.answers.pickupSlot).toBe(next);
    expect(moved.status).toBe('received');
    const messages = (await citizen.call('POST', '/api/sync/messages/pull', { checkpoint: null, batchSize: 50 })).body.documents;
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ requestId: id, from: 'clerk' });
    expect(messages[0].text).toMatch(/fällt aus: Personalmangel in der Kolonne/);
    expect(messages[0].text).toContain(reference);
    await eventually(async () => portal.mailbox!.mails().find((m) => m.to.includes(user.email)), 20_000, 'the notification mail');

    expect((await free('mitte')).map((s) => s.id)).not.toContain(day);
    expect((await loadTour(portal.store, day, 'mitte', 'test')).pickups).toEqual([]);
    expect((await loadTour(portal.store, next, 'mitte', 'test')).pickups.map((p) => p.reference)).toEqual([reference]);

    // Closing again completes nothing twice: no second message, nothing moved further.
    expect((await admin.call('POST', '/api/admin/capacity/sperrmuell/close', { ...body, confirm: true })).body.affected).toBe(0);
    expect((await citizen.call('POST', '/api/sync/messages/pull', { checkpoint: null, batchSize: 50 })).body.documents).toHaveLength(1);

    // Opened again, the day is offered again.
    expect((await admin.call('POST', '/api/admin/capacity/sperrmuell/open', { date: day })).body.pool.closed).toEqual([]);
    expect((await free('mitte')).map((s) => s.id)).toContain(day);
  });

  it('refuses capacity below what is booked, naming the day, and takes it at or above', async () => {
    const day = days[14];
    await pickup(day, 'Stockumer Straße');
    await pickup(day, 'Stockumer Straße');
    const { body } = await admin.call('GET', '/api/admin/capacity');
    const rev = body.pools[0].rev;
    const low = await admin.call('PUT', '/api/admin/capacity/sperrmuell', { rev, perDistrict: { stockum: 1 } });
    expect(low.status).toBe(409);
    expect(low.body.message).toMatch(/schon mehr gebucht/);
    expect(low.body.problems[0]).toMatchObject({ field: 'perDistrict.stockum', slot: day, booked: 2 });
    const ok = await admin.call('PUT', '/api/admin/capacity/sperrmuell', { rev, perDistrict: { stockum: 2 } });
    expect(ok.status).toBe(200);
    expect(ok.body.pool.perDistrict.stockum).toBe(2);
    expect((await free('stockum')).find((s) => s.id === day)).toBeUndefined();
    expect((await free('stockum'))[0].free).toBe(2);
    // Saved against the old revision again: someone else's change is never overwritten.
    expect((await admin.call('PUT', '/api/admin/capacity/sperrmuell', { rev, perDistrict: { stockum: 3 } })).status).toBe(409);
  });

  it('opens an extra day (a Saturday) that citizens can book', async () => {
    const saturday = days.map((d) => new Date(`${d}T00:00:00Z`)).find((d) => d.getUTCDay() === 5)!;
    saturday.setUTCDate(saturday.getUTCDate() + 1);
    const date = saturday.toISOString().slice(0, 10);
    expect((await free('evenkamp')).map((s) => s.id)).not.toContain(date);
    const res = await admin.call('POST', '/api/admin/capacity/sperrmuell/open', { date });
    expect(res.body.pool.extra).toEqual([{ date }]);
    expect((await free('evenkamp')).map((s) => s.id)).toContain(date);
    const { id } = await pickup(date, 'Stockumer Straße');
    expect(id).toBeTruthy();
    expect((await takenCounts(portal.store, SLOT_POOLS.sperrmuell, 'stockum')).get(date)).toBe(1);
  });
});
