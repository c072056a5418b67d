import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { districtOf, districtIds } from '../../domain/places/streets';
import { historyReasonText } from '../../domain/request/history-reason';
import { translator } from '../http/i18n';
import type { Portal } from '../portal';
import { ApiClient, pickupDay } from '../test-support/api-client';
import { extractText } from '../test-support/pdf-extract';
import { checkPdfA } from '../test-support/pdfa-check';
import { signedIn } from '../test-support/staff-login';
import { startTestPortal } from '../test-support/test-portal';

const STREET = 'Bonenstraße';
const DISTRICT = districtOf(STREET)!;
const ELSEWHERE = districtIds().find((d) => d !== DISTRICT)!;
const KEY_A = 'key-of-company-a-'.padEnd(40, 'a');
const KEY_B = 'key-of-company-b-'.padEnd(40, 'b');
const companies = [
  { id: 'firma-a', name: 'Firma A', districts: [DISTRICT, ELSEWHERE], key: KEY_A },
  { id: 'firma-b', name: 'Firma B', districts: [ELSEWHERE], key: KEY_B },
];

let portal: Portal;
let citizen: ApiClient;
let clerk: ApiClient;
let day: string;
const ids: string[] = [];

const tourPath = (d = day, district = DISTRICT) => `/api/entsorger/touren/${d}/${district}`;
function call(path: string, init: { key?: string; cookie?: string; method?: string; body?: unknown; lang?: string } = {}) {
  const headers: Record<string, string> = { 'Accept-Language': init.lang ?? 'de' };
  if (init.key) headers.Authorization = `Bearer ${init.key}`;
  if (init.cookie) headers.Cookie = init.cookie;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  return fetch(portal.url + path, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}
const mark = (id: string, body: unknown, key = KEY_A, d = day, district = DISTRICT) => call(`${tourPath(d, district)}/abholungen/${id}`, { key, method: 'POST', body });

beforeAll(async () => {
  portal = await startTestPortal({ env: { DISPOSER_COMPANIES: JSON.stringify(companies) } });
  citizen = new ApiClient(portal.url);
  await citizen.register('Sina Sperrmüll');
  clerk = await signedIn(portal.url, 'abfall@stadt-werne.example', 'werne-demo-abfall');
  day = pickupDay();
  ids.push(await citizen.sendRouted({ pickupSlot: day, street: STREET, houseNumber: '7', itemsOther: 'Schrank „Eiche“', phone: '+49 2389 1234' }));
  ids.push(await citizen.sendRouted({ pickupSlot: day, street: STREET, houseNumber: '3' }));
}, 120_000);
afterAll(() => portal?.stop());

describe("the disposer's tour list", () => {
  it('gives the company its confirmed pickups of the day with address, items, volume and phone', async () => {
    const res = await call(tourPath(), { key: KEY_A });
    expect(res.status).toBe(200);
    const tour = await res.json();
    expect(tour).toMatchObject({ day, district: DISTRICT, company: 'firma-a' });
    expect(tour.pickups.map((p: { id: string }) => p.id)).toEqual([ids[1], ids[0]]); // house 3 before house 7
    expect(tour.pickups[1]).toMatchObject({ street: STREET, houseNumber: '7', postcode: '59368', items: ['moebel', 'matratzen'], itemsOther: 'Schrank „Eiche“', volumeM3: 2.5, phone: '+49 2389 1234' });
    expect(tour.pickups[1].reference).toMatch(/^SPM-/);
    // No other day's pickups, nothing of the citizen beyond what the crew needs.
    expect(JSON.stringify(tour)).not.toContain('Sina');
    expect((await (await call(tourPath('2031-01-07'), { key: KEY_A })).json()).pickups).toEqual([]);
  });

  it('is for the company with the key only: no key, a wrong one, another company, a citizen or a clerk are refused', async () => {
    expect((await call(tourPath())).status).toBe(401);
    expect((await call(tourPath(), { key: 'x'.repeat(40) })).status).toBe(401);
    const other = await call(tourPath(), { key: KEY_B });
    expect(other.status).toBe(404);
    expect((await other.json()).message).toBe(translator('de')('disposer:apiErrors.not_your_district'));
    expect((await call(tourPath(), { cookie: citizen.cookieHeader })).status).toBe(403);
    expect((await call(tourPath(), { cookie: clerk.cookieHeader })).status).toBe(403);
    // The key opens the tour lists, nothing else.
    expect((await call('/api/clerk/requests', { key: KEY_A })).status).toBe(401);
    expect((await call(tourPath('2026-02-30'), { key: KEY_A })).status).toBe(400);
  });

  it('comes as CSV with a BOM for a spreadsheet, and as a PDF/A list to print', async () => {
    const csv = await call(`${tourPath()}/liste.csv`, { key: KEY_A });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Aktenzeichen;Adresse;PLZ;Gegenstände;Menge (m³);Telefon;Ergebnis;Grund');
    expect(lines[2]).toContain(`${STREET} 7;59368;Möbel, Matratzen, Schrank „Eiche“;2,5;"'+49 2389 1234"`);
    const pdf = await call(`${tourPath()}/liste.pdf`, { key: KEY_A, lang: 'uk' });
    expect(pdf.status).toBe(200);
    const pdfBytes = new Uint8Array(await pdf.arrayBuffer());
    const report = await checkPdfA(pdfBytes);
    expect(report.fonts.every((f) => f.embedded)).toBe(true);
    expect(report.xmp['pdfaid:part']).toBe('2');
    const text = (await extractText(pdfBytes)).pages.join('\n');
    expect(text).toContain(`${STREET} 7, 59368 Werne`);
    expect(text).toContain('Маршрут');
  });

  it('takes the crew\'s report once per pickup, and the citizen and the clerk read it', async () => {
    expect((await mark(ids[0], { outcome: 'not_possible' })).status).toBe(400);
    expect((await mark(ids[0], { outcome: 'done', extra: 1 })).status).toBe(400);
    expect((await mark(randomUUID(), { outcome: 'done' })).status).toBe(404);
    // Right id, wrong tour: another day, another district (of the same company), another company's district.
    expect((await mark(ids[0], { outcome: 'done' }, KEY_A, '2031-01-07')).status).toBe(404);
    expect((await mark(ids[0], { outcome: 'done' }, KEY_A, day, ELSEWHERE)).status).toBe(404);
    expect((await mark(ids[0], { outcome: 'done' }, KEY_B)).status).toBe(404);
    expect((await call(`${tourPath()}/abholungen/${ids[0]}`, { cookie: citizen.cookieHeader, method: 'POST', body: { outcome: 'done' } })).status).toBe(403);

    const done = await mark(ids[0], { outcome: 'done' });
    expect(done.status).toBe(200);
    const again = await mark(ids[0], { outcome: 'not_possible', reason: 'doch nicht' });
    expect(again.status).toBe(409);
    expect((await mark(ids[1], { outcome: 'not_possible', reason: 'Nichts am Straßenrand' })).status).toBe(200);

    const t = translator('de');
    const seen = (await citizen.current(ids[1]))!.history.at(-1)!;
    expect(historyReasonText(t, seen.reason!)).toBe('Die Abholung war nicht möglich: Nichts am Straßenrand');
    expect((await citizen.current(ids[0]))!.history.at(-1)!.reason).toBe('pickupDone');
    expect((await citizen.current(ids[0])) as object).not.toHaveProperty('pickup');
    const inCase = await clerk.call('GET', `/api/clerk/requests/${ids[0]}`);
    expect(JSON.stringify(inCase.body)).toContain('pickupDone');
    const tour = await (await call(tourPath(), { key: KEY_A })).json();
    expect(tour.pickups.map((p: { outcome?: { state: string } }) => p.outcome?.state)).toEqual(['not_possible', 'done']);
  });
});
