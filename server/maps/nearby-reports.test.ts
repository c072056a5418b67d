import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestDoc } from '../../domain/request/request-document';
import type { SyncedDoc } from '../../domain/sync/sync-protocol';
import type { Portal } from '../portal';
import { ApiClient, eventually, submitted } from '../test-support/api-client';
import { signedIn } from '../test-support/staff-login';
import { startTestPortal } from '../test-support/test-portal';
import { decideCase } from '../test-support/decide';

let portal: Portal;
let reporter: ApiClient;
let neighbour: ApiClient;
let neighbourEmail: string;
let stranger: ApiClient;
let tiefbau: ApiClient;

/** Near Werne's Marktplatz; the list is asked about this point. */
const HERE = { lat: 51.6633, lon: 7.6336 };
const NEAR = `/api/karte/meldungen?lat=${HERE.lat}&lon=${HERE.lon}`;
const meToo = (client: ApiClient, id: string, body: object = {}) => client.call('POST', `/api/karte/meldungen/${id}/ich-auch`, body);

function report(answers: Record<string, string>): SyncedDoc<RequestDoc> {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    serviceId: 'maengelmelder',
    catalogueVersion: 1,
    answers: { category: 'schlagloch', locateBy: 'position', description: 'Tiefes Loch vor Hausnummer 12, Frau Beispiel wohnt dort', wantsFeedback: 'ja', phone: '02389 4711', ...answers },
    status: 'draft',
    createdAt: now,
    updatedAt: now,
    history: [],
    _deleted: false,
  };
}

async function sendAndRoute(doc: SyncedDoc<RequestDoc>): Promise<string> {
  expect((await reporter.push([{ assumedMasterState: null, newDocumentState: submitted(doc) }])).status).toBe(200);
  const routed = await eventually(async () => {
    const current = await reporter.current(doc.id);
    return current?.status === 'received' ? current : undefined;
  }, 10_000, 'routing');
  return routed.reference!;
}

async function listed(client: ApiClient = stranger) {
  const res = await client.call('GET', NEAR);
  expect(res.status).toBe(200);
  return res.body.reports as { id: string; category: string; lat: number; lon: number; status: string; count: number; mine: boolean }[];
}

let pothole: SyncedDoc<RequestDoc>;
let potholeReference: string;

beforeAll(async () => {
  portal = await startTestPortal();
  reporter = new ApiClient(portal.url);
  await reporter.register('Rita Reporter');
  neighbour = new ApiClient(portal.url);
  neighbourEmail = (await neighbour.register('Nils Nachbar')).email;
  stranger = new ApiClient(portal.url);
  tiefbau = await signedIn(portal.url, 'tiefbau@stadt-werne.example', 'werne-demo-tiefbau');
  pothole = report({ position: '51.66412, 7.63389' });
  potholeReference = await sendAndRoute(pothole);
});
afterAll(() => portal.stop());

describe('open reports on the map (public, coarse)', () => {
  it('lists a routed report near the point to anyone, with category, rough place, status and count only', async () => {
    const far = report({ position: '51.70000, 7.70000', category: 'graffiti' });
    await sendAndRoute(far);
    const byAddress = report({ locateBy: 'adresse', street: 'Steinstraße', category: 'muell' });
    await sendAndRoute(byAddress);
    const unsent = report({ position: '51.66330, 7.63360' });
    expect((await reporter.push([{ assumedMasterState: null, newDocumentState: unsent }])).status).toBe(200);

    const res = await stranger.call('GET', NEAR);
    expect(res.status).toBe(200);
    const ids = (res.body.reports as { id: string }[]).map((r) => r.id);
    expect(ids).toContain(pothole.id);
    // More than a kilometre away, given as an address (no point), or never sent: not on the map.
    expect(ids).not.toContain(far.id);
    expect(ids).not.toContain(byAddress.id);
    expect(ids).not.toContain(unsent.id);
    const entry = res.body.reports.find((r: { id: string }) => r.id === pothole.id);
    expect(entry).toEqual({ id: pothole.id, category: 'schlagloch', lat: 51.664, lon: 7.634, status: 'received', count: 1, mine: false });
    for (const secret of ['Beispiel', '4711', potholeReference, 'Rita', '51.66412', '7.63389']) expect(JSON.stringify(res.body)).not.toContain(secret);
  });

  it('marks the caller’s own report, so the page offers no "me too" on it', async () => {
    expect((await listed(reporter)).find((r) => r.id === pothole.id)?.mine).toBe(true);
    expect((await listed(neighbour)).find((r) => r.id === pothole.id)?.mine).toBe(false);
  });

  it('refuses a point that is not one with a clear 400', async () => {
    for (const query of ['lat=abc&lon=7.6', 'lat=95&lon=7.6', 'lat=51.6']) {
      const res = await stranger.call('GET', `/api/karte/meldungen?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.message, query).toBeTruthy();
    }
    expect((await stranger.call('GET', '/api/karte/meldungen?lat=51.6&lon=7.6&name=x')).status).toBe(400);
  });
});

describe('"me too" counts once per citizen', () => {
  it('counts a neighbour once, however often and from however many devices they press', async () => {
    const first = await meToo(neighbour, pothole.id);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ count: 2, counted: true });
    const again = await meToo(neighbour, pothole.id);
    expect(again.body).toEqual({ count: 2, counted: false });
    // A second device of the same citizen, pressing at the same moment as the first.
    const otherDevice = new ApiClient(portal.url);
    expect((await otherDevice.login(neighbourEmail, 'correct horse battery')).status).toBe(200);
    const racing = await Promise.all([meToo(neighbour, pothole.id), meToo(otherDevice, pothole.id)]);
    expect(racing.map((r) => r.body.count)).toEqual([2, 2]);
    expect((await listed()).find((r) => r.id === pothole.id)?.count).toBe(2);
  });

  it('is refused to anonymous callers, staff, the reporter, forged ids and extra fields', async () => {
    expect((await meToo(stranger, pothole.id)).status).toBe(401);
    expect((await meToo(tiefbau, pothole.id)).status).toBe(403);
    const own = await meToo(reporter, pothole.id);
    expect(own.status).toBe(409);
    expect(own.body.message).toContain('Ihre eigene Meldung');
    const forged = await meToo(neighbour, randomUUID());
    expect(forged.status).toBe(404);
    // Another kind of request, even a routed one, is not a public report: nothing reveals it exists.
    const sperrmuell = await reporter.sendRouted();
    expect((await meToo(neighbour, sperrmuell)).status).toBe(404);
    expect((await meToo(neighbour, 'not-an-id')).status).toBe(400);
    const extra = await meToo(neighbour, pothole.id, { count: 99 });
    expect(extra.status).toBe(400);
    expect((await listed()).find((r) => r.id === pothole.id)?.count).toBe(2);
  });

  it('is refused on a closed report, which leaves the map', async () => {
    const lamp = report({ position: '51.66300, 7.63300', category: 'strassenlaterne' });
    await sendAndRoute(lamp);
    expect((await listed()).some((r) => r.id === lamp.id)).toBe(true);
    expect((await tiefbau.call('POST', `/api/clerk/requests/${lamp.id}/actions`, { action: 'start' })).status).toBe(200);
    expect((await decideCase(tiefbau, lamp.id, 'complete')).status).toBe(200);
    const closed = await meToo(neighbour, lamp.id);
    expect(closed.status).toBe(409);
    expect(closed.body.error).toBe('report_closed');
    expect((await listed()).some((r) => r.id === lamp.id)).toBe(false);
  });
});
