import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Issue 15, "another city adopts the portal by configuration alone", for the street register:
// this file's process runs as Musterstadt, whose configuration brings its own streets, Ortsteile
// and Abfallkalender. Nothing the portal offers or accepts may be one of Werne's streets.
vi.hoisted(() => {
  process.env.CITY = 'musterstadt';
});

import { MUSTERSTADT, WERNE } from '../../domain/city';
import { allStreets, districtIds, districtName, suggestStreets } from '../../domain/places';
import type { Portal } from '../portal';
import { ApiClient, eventually, pickupDay, sperrmuellDraft, submitted } from '../test-support/api-client';
import { startTestPortal } from '../test-support/test-portal';

const OURS = MUSTERSTADT.streets.streets.map((s) => s.name).sort();
const WERNE_STREETS = new Set(WERNE.streets.streets.map((s) => s.name));
const WERNE_DISTRICTS = WERNE.streets.districts.map((d) => d.name);
/** Any of Werne's street or district names in a text. */
const namesWerne = (text: string) => [...WERNE_STREETS, ...WERNE_DISTRICTS].filter((n) => text.includes(n));

const KEY = 'key-of-musterstadt-entsorgung-'.padEnd(40, 'm');
let portal: Portal;
let citizen: ApiClient;

beforeAll(async () => {
  portal = await startTestPortal({ env: { DISPOSER_COMPANIES: JSON.stringify([{ id: 'muster-entsorgung', name: 'Muster Entsorgung', districts: ['altstadt'], key: KEY }]) } });
  citizen = new ApiClient(portal.url);
  await citizen.register('Mia Muster');
}, 120_000);
afterAll(() => portal?.stop());

const get = (path: string, headers: Record<string, string> = {}) => fetch(portal.url + path, { headers: { 'Accept-Language': 'de', ...headers } });

describe("Musterstadt's portal (CITY=musterstadt) knows its own streets only", () => {
  it("offers Musterstadt's streets and Ortsteile in the street input, and none of Werne's", () => {
    expect(allStreets().map((s) => s.name).sort()).toEqual(OURS);
    expect(districtIds()).toEqual(['altstadt', 'nordfeld', 'suedheide']);
    expect(districtName('suedheide')).toBe('Südheide');
    expect(suggestStreets('weg').map((s) => s.name)).toEqual(['Musterweg', 'Südheider Weg']);
    for (const typed of ['Bonenstraße', 'Kirchhof', 'Steinstr', 'mauer', 'Evenkamp']) expect(suggestStreets(typed), typed).toEqual([]);
  });

  it("subscribes a Musterstadt street to its own calendar feed, and refuses a Werne street naming it unknown", async () => {
    const feed = await get(`/api/abfallkalender/${encodeURIComponent('Heideblick')}.ics`);
    expect(feed.status).toBe(200);
    const ics = await feed.text();
    expect(ics).toContain('SUMMARY:Restmüll');
    expect(ics).toMatch(/SUMMARY:[^\r\n]* – Heideblick/);
    expect(namesWerne(ics)).toEqual([]);

    const werne = await get(`/api/abfallkalender/${encodeURIComponent('Bonenstraße')}.ics`);
    expect(werne.status).toBe(404);
    const body = await werne.json();
    expect(body).toMatchObject({ error: 'unknown_street', problems: [{ field: 'street', code: 'unknown_street' }] });
    expect(body.message).toMatch(/Bonenstraße.*Musterstadt|Musterstadt.*Bonenstraße/);
  });

  it("gives Sperrmüll days per Musterstadt Ortsteil, and refuses Werne's Ortsteile", async () => {
    const free = await get('/api/slots/sperrmuell?district=altstadt');
    expect(free.status).toBe(200);
    expect((await free.json()).slots.length).toBeGreaterThan(0);
    const werne = await get('/api/slots/sperrmuell?district=mitte');
    expect(werne.status).toBe(400);
    expect((await werne.json()).error).toBe('unknown_district');
  });

  it("puts a Musterstadt pickup on the disposer's tour of its Ortsteil, with Musterstadt's postcode", async () => {
    const day = pickupDay();
    const draft = sperrmuellDraft();
    const doc = submitted({ ...draft, answers: { ...draft.answers, street: 'Musterweg', postcode: '12345', houseNumber: '4', pickupSlot: day } });
    const pushed = await citizen.push([{ assumedMasterState: null, newDocumentState: doc }]);
    expect(pushed.status).toBe(200);
    let tour: { district: string; pickups: { street: string; postcode: string }[] } | undefined;
    for (let i = 0; i < 60 && !tour?.pickups.length; i++) {
      if (i) await new Promise((r) => setTimeout(r, 500));
      const res = await get(`/api/entsorger/touren/${day}/altstadt`, { Authorization: `Bearer ${KEY}` });
      expect(res.status).toBe(200);
      tour = await res.json();
    }
    expect(tour!.pickups).toEqual([expect.objectContaining({ street: 'Musterweg', postcode: '12345' })]);
    expect(namesWerne(JSON.stringify(tour))).toEqual([]);
    const pdf = await get(`/api/entsorger/touren/${day}/altstadt/liste.csv`, { Authorization: `Bearer ${KEY}` });
    expect(await pdf.text()).toContain('Musterweg');
  });

  it("refuses a Werne street: the profile with a 400 naming the street field, a sent Sperrmüll request comes back to the device with the street marked", async () => {
    const draft = sperrmuellDraft();
    const doc = submitted({ ...draft, answers: { ...draft.answers, street: 'Bonenstraße', postcode: '12345', pickupSlot: pickupDay() } });
    // Sent from an offline device, the request is taken and checked on arrival (server/routing).
    expect((await citizen.push([{ assumedMasterState: null, newDocumentState: doc }])).status).toBe(200);
    const returned = await eventually(async () => {
      const current = await citizen.current(doc.id);
      return current?.status === 'draft' && current;
    }, 30_000, 'the request returned');
    expect(returned.problems).toContainEqual(expect.objectContaining({ field: 'street', code: 'unknownStreet' }));
    expect(returned.reference).toBeUndefined();

    const profile = await citizen.call('POST', '/api/profile', { profile: { street: 'Bonenstraße', postcode: '59368' } });
    expect(profile.status).toBe(400);
    expect(profile.body.problems).toEqual([
      { field: 'street', code: 'unknownStreet', message: expect.stringContaining('Musterstadt') },
      { field: 'postcode', code: 'notWerne', message: expect.stringContaining('12345') },
    ]);
    const ours = await citizen.call('POST', '/api/profile', { profile: { street: 'heideblick', postcode: '12347' } });
    expect(ours.status).toBe(200);
    expect(ours.body.profile.street).toBe('Heideblick');
  });
});
