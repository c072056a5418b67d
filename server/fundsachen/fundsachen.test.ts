import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_FOUND_ITEM_FIELDS } from '../../domain/fundsachen';
import type { RequestDoc } from '../../domain/request/request-document';
import type { SyncedDoc } from '../../domain/sync/sync-protocol';
import type { Portal } from '../portal';
import { ApiClient, eventually, submitted } from '../test-support/api-client';
import { startTestPortal } from '../test-support/test-portal';
import { decideCase } from '../test-support/decide';

let portal: Portal;
let citizen: ApiClient;
let fundbuero: ApiClient;
let abfall: ApiClient;
let stranger: ApiClient;

function today() {
  const d = new Date();
  return { day: String(d.getUTCDate()), month: String(d.getUTCMonth() + 1), year: String(d.getUTCFullYear()) };
}

function foundItem(overrides: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    category: 'geldboerse',
    description: 'Braune Geldbörse aus Leder',
    place: 'Marktplatz',
    foundOn: today(),
    storageNumber: `R${Math.floor(Math.random() * 900) + 100}/7`,
    ...overrides,
  };
}

function draft(serviceId: string, answers: RequestDoc['answers']): SyncedDoc<RequestDoc> {
  const now = new Date().toISOString();
  return { id: randomUUID(), serviceId, catalogueVersion: 1, answers, status: 'draft', createdAt: now, updatedAt: now, history: [], _deleted: false };
}

/** Sends a request the way the device does and waits until the routing worker has taken it. */
async function sendAndRoute(doc: SyncedDoc<RequestDoc>): Promise<SyncedDoc<RequestDoc>> {
  const pushed = await citizen.push([{ assumedMasterState: null, newDocumentState: submitted(doc) }]);
  expect(pushed.status).toBe(200);
  return eventually(async () => {
    const current = await citizen.current(doc.id);
    return current?.status === 'received' ? current : undefined;
  }, 10_000, 'routing');
}

async function publicNumbers(): Promise<string[]> {
  const res = await stranger.call('GET', '/api/fundsachen');
  expect(res.status).toBe(200);
  return res.body.items.map((i: { number: string }) => i.number);
}

beforeAll(async () => {
  portal = await startTestPortal();
  citizen = new ApiClient(portal.url);
  await citizen.register('Clara Citizen');
  fundbuero = new ApiClient(portal.url);
  abfall = new ApiClient(portal.url);
  stranger = new ApiClient(portal.url);
  expect((await fundbuero.login('fundbuero@stadt-werne.example', 'werne-demo-fundbuero')).status).toBe(200);
  expect((await abfall.login('abfall@stadt-werne.example', 'werne-demo-abfall')).status).toBe(200);
});
afterAll(() => portal.stop());

describe('entering found items', () => {
  it('is for the Fundbüro\'s clerks only: other departments, citizens and strangers are refused', async () => {
    expect((await abfall.call('POST', '/api/fundsachen', foundItem())).status).toBe(403);
    expect((await citizen.call('POST', '/api/fundsachen', foundItem())).status).toBe(403);
    expect((await stranger.call('POST', '/api/fundsachen', foundItem())).status).toBe(401);
    expect((await abfall.call('GET', '/api/fundsachen/verwaltung')).status).toBe(403);
    expect((await citizen.call('GET', '/api/fundsachen/verlustmeldungen?category=handy')).status).toBe(403);
    const res = await fundbuero.call('POST', '/api/fundsachen', foundItem({ category: 'handy', description: 'Refused-by-others test' }));
    expect(res.status).toBe(201);
    expect(res.body.item.number).toMatch(/^FS-\d{4}-\d{6}$/);
  });

  it('names every wrong field in German, and stores nothing', async () => {
    const bad = foundItem({ category: 'auto', description: 'Ausweis, Tel. 0170 1234567', place: '', storageNumber: '' });
    const res = await fundbuero.call('POST', '/api/fundsachen', bad);
    expect(res.status).toBe(400);
    expect(res.body.problems.map((p: { field: string; code: string }) => `${p.field}:${p.code}`)).toEqual([
      'category:invalid',
      'description:personalData',
      'place:required',
      'storageNumber:required',
    ]);
    expect(res.body.problems[1].message).toBe('Die Beschreibung ist öffentlich: Entfernen Sie E-Mail-Adressen und lange Nummern.');
    const list = (await fundbuero.call('GET', '/api/fundsachen/verwaltung')).body.items;
    expect(list.map((i: { id: string }) => i.id)).not.toContain(bad.id);
  });

  it('stores a double-sent entry once, with one number', async () => {
    const entry = foundItem({ category: 'schmuck', description: 'Silberne Kette' });
    const first = await fundbuero.call('POST', '/api/fundsachen', entry);
    const second = await fundbuero.call('POST', '/api/fundsachen', entry);
    expect(second.body.item.number).toBe(first.body.item.number);
    const list = (await fundbuero.call('GET', '/api/fundsachen/verwaltung')).body.items;
    expect(list.filter((i: { id: string }) => i.id === entry.id)).toHaveLength(1);
  });
});

describe('the public list', () => {
  it('needs no login and shows only the allow-listed fields, never the storage number or who entered it', async () => {
    const entry = foundItem({ category: 'schluessel', description: 'Schlüsselbund mit rotem Anhänger', storageNumber: 'GEHEIM-42' });
    const { item } = (await fundbuero.call('POST', '/api/fundsachen', entry)).body;
    const res = await stranger.call('GET', '/api/fundsachen');
    expect(res.status).toBe(200);
    expect(Date.parse(res.body.asOf)).not.toBeNaN();
    const shown = res.body.items.find((i: { number: string }) => i.number === item.number);
    expect(shown).toEqual({
      number: item.number,
      category: 'schluessel',
      description: 'Schlüsselbund mit rotem Anhänger',
      place: 'Marktplatz',
      foundOn: item.foundOn,
    });
    for (const i of res.body.items) expect(Object.keys(i).sort()).toEqual([...PUBLIC_FOUND_ITEM_FIELDS].sort());
    const raw = JSON.stringify(res.body);
    expect(raw).not.toContain('GEHEIM-42');
    expect(raw).not.toContain(entry.id);
    expect(raw).not.toMatch(/storageNumber|createdBy|returned|stadt-werne\.example/);
  });
});

describe('lost reports and claims', () => {
  it('shows the clerk lost reports of the same category when a found item is entered', async () => {
    const report = await sendAndRoute(
      draft('fundbuero-verlust', {
        what: 'fahrrad',
        description: 'Grünes Hollandrad mit Korb',
        where: 'Bahnhof',
        when: today(),
        name: 'Clara Citizen',
        email: 'clara@example.org',
      }),
    );
    expect(report.department).toBe('fundbuero');
    expect(report.reference).toMatch(/^FBV-\d{4}-\d{6}$/);
    const bike = await fundbuero.call('POST', '/api/fundsachen', foundItem({ category: 'fahrrad', description: 'Grünes Fahrrad' }));
    expect(bike.body.matches.map((m: { id: string }) => m.id)).toContain(report.id);
    expect(bike.body.matches.find((m: { id: string }) => m.id === report.id)).toMatchObject({ where: 'Bahnhof', reference: report.reference });
    const wallet = await fundbuero.call('POST', '/api/fundsachen', foundItem({ category: 'tasche', description: 'Blauer Rucksack' }));
    expect(wallet.body.matches.map((m: { id: string }) => m.id)).not.toContain(report.id);
    const hint = await fundbuero.call('GET', '/api/fundsachen/verlustmeldungen?category=fahrrad');
    expect(hint.body.reports.map((m: { id: string }) => m.id)).toContain(report.id);
  });

  it('routes a claim to the Fundbüro; handed over, the item leaves the public list', async () => {
    const { item } = (await fundbuero.call('POST', '/api/fundsachen', foundItem({ description: 'Rote Geldbörse' }))).body;
    expect(await publicNumbers()).toContain(item.number);
    const claim = await sendAndRoute(
      draft('fundbuero-anspruch', {
        itemId: item.number,
        proof: 'Darin steckt ein Foto meines Hundes und eine Bibliothekskarte.',
        name: 'Clara Citizen',
        email: 'clara@example.org',
      }),
    );
    expect(claim.department).toBe('fundbuero');
    expect(claim.reference).toMatch(/^FBA-\d{4}-\d{6}$/);
    // Other departments never see it.
    expect((await abfall.call('GET', `/api/clerk/requests/${claim.id}`)).status).toBe(404);
    const overview = (await fundbuero.call('GET', '/api/fundsachen/verwaltung')).body.items;
    expect(overview.find((i: { number: string }) => i.number === item.number).claims).toEqual([
      { id: claim.id, reference: claim.reference, status: 'received', itemNumber: item.number },
    ]);
    expect((await fundbuero.call('POST', `/api/clerk/requests/${claim.id}/actions`, { action: 'start' })).status).toBe(200);
    expect(await publicNumbers()).toContain(item.number);
    expect((await decideCase(fundbuero, claim.id, 'complete')).status).toBe(200);
    await eventually(async () => !(await publicNumbers()).includes(item.number), 10_000, 'item off the public list');
    const after = (await fundbuero.call('GET', '/api/fundsachen/verwaltung')).body.items.find((i: { number: string }) => i.number === item.number);
    expect(after).toMatchObject({ status: 'returned', returnedWith: claim.id });
    expect((await citizen.current(claim.id))?.status).toBe('completed');
  });

  it('keeps the item listed when the claim is rejected, and the citizen reads why', async () => {
    const { item } = (await fundbuero.call('POST', '/api/fundsachen', foundItem({ category: 'handy', description: 'Schwarzes Handy' }))).body;
    const claim = await sendAndRoute(
      draft('fundbuero-anspruch', { itemId: item.number, proof: 'Es ist schwarz.', name: 'Clara Citizen', email: 'clara@example.org' }),
    );
    const mistyped = await sendAndRoute(
      draft('fundbuero-anspruch', { itemId: 'FS-1999-000001', proof: 'Meins.', name: 'Clara Citizen', email: 'clara@example.org' }),
    );
    const overview = (await fundbuero.call('GET', '/api/fundsachen/verwaltung')).body;
    expect(overview.unmatchedClaims.map((c: { id: string }) => c.id)).toContain(mistyped.id);
    expect(overview.unmatchedClaims.map((c: { id: string }) => c.id)).not.toContain(claim.id);
    const reason = 'Die Beschreibung passt nicht zum Hintergrundbild.';
    expect((await decideCase(fundbuero, claim.id, 'reject', reason)).status).toBe(200);
    expect((await citizen.current(claim.id))?.statusReason).toBe(reason);
    // Give the follower time to (wrongly) act before checking it did not.
    await new Promise((r) => setTimeout(r, 500));
    expect(await publicNumbers()).toContain(item.number);
  });
});
