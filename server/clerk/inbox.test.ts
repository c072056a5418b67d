import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { ApiClient, eventually, sperrmuellDraft, submitted } from '../test-support/api-client';
import { startTestPortal } from '../test-support/test-portal';

let portal: Portal;
let anna: ApiClient;
let bruno: ApiClient;
let clerk: ApiClient;
const ids: string[] = [];

async function routed(citizen: ApiClient, street: string): Promise<string> {
  const draft = sperrmuellDraft();
  const doc = submitted({ ...draft, answers: { ...draft.answers, street } });
  await citizen.push([{ assumedMasterState: null, newDocumentState: doc }]);
  await eventually(async () => (await citizen.current(doc.id))?.status === 'received', 10_000, 'routing');
  return doc.id;
}

const berlinToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
const list = async (query: string) => {
  const res = await clerk.call('GET', `/api/clerk/requests?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { requests: { id: string; reference: string; status: string; citizenName: string }[]; hasNext: boolean; counts: Record<string, number> };
};

beforeAll(async () => {
  portal = await startTestPortal();
  anna = new ApiClient(portal.url);
  await anna.register('Anna Özdemir');
  bruno = new ApiClient(portal.url);
  await bruno.register('Bruno Becker');
  clerk = new ApiClient(portal.url);
  await clerk.login('abfall@stadt-werne.example', 'werne-demo-abfall');
  // One at a time, so "received" order is the order made.
  ids.push(await routed(anna, 'Bonenstraße'));
  ids.push(await routed(bruno, 'Steinstraße'));
  ids.push(await routed(anna, 'Markt'));
  ids.push(await routed(bruno, 'Südmauer'));
  await clerk.call('POST', `/api/clerk/requests/${ids[1]}/actions`, { action: 'start', paymentOverride: 'Im Test ohne Zahlung' });
});
afterAll(() => portal.stop());

describe('inbox views', () => {
  it('counts per status and filters by status', async () => {
    const all = await list('');
    expect(all.counts).toEqual({ received: 3, in_progress: 1 });
    expect((await list('status=in_progress')).requests.map((r) => r.id)).toEqual([ids[1]]);
    expect((await list('status=received')).requests.map((r) => r.id)).toEqual([ids[3], ids[2], ids[0]]);
  });

  it('sorts by any column both ways and pages through the result', async () => {
    expect((await list('sort=receivedAt&dir=asc')).requests.map((r) => r.id)).toEqual(ids);
    const byRef = (await list('sort=reference&dir=desc')).requests.map((r) => r.reference);
    expect(byRef).toEqual([...byRef].sort().reverse());
    expect((await list('sort=status&dir=asc')).requests.map((r) => r.status)).toEqual(['in_progress', 'received', 'received', 'received']);
    // Pages run on across statuses, newest first within one.
    expect((await list('sort=status&pageSize=2')).requests.map((r) => r.id)).toEqual([ids[1], ids[3]]);
    const secondByStatus = await list('sort=status&pageSize=2&page=2');
    expect(secondByStatus.requests.map((r) => r.id)).toEqual([ids[2], ids[0]]);
    expect(secondByStatus.hasNext).toBe(false);
    expect((await list('sort=status&dir=desc&pageSize=3')).requests.map((r) => r.id)).toEqual([ids[3], ids[2], ids[0]]);
    const first = await list('pageSize=3');
    expect(first.requests.map((r) => r.id)).toEqual([ids[3], ids[2], ids[1]]);
    expect(first.hasNext).toBe(true);
    const second = await list('pageSize=3&page=2');
    expect(second.requests.map((r) => r.id)).toEqual([ids[0]]);
    expect(second.hasNext).toBe(false);
  });

  it('searches reference numbers, and word beginnings in citizens\' names and answers, ignoring case', async () => {
    const reference = (await list('')).requests.find((r) => r.id === ids[2])!.reference;
    expect((await list(`q=${reference.toLowerCase()}`)).requests.map((r) => r.id)).toEqual([ids[2]]);
    expect((await list('q=özdem')).requests.map((r) => r.id)).toEqual([ids[2], ids[0]]);
    expect((await list('q=STEINSTR')).requests.map((r) => r.id)).toEqual([ids[1]]);
    expect((await list('q=anna%20%C3%B6zdemir')).requests.map((r) => r.id)).toEqual([ids[2], ids[0]]);
    expect((await list('q=anna%20becker')).requests).toEqual([]);
    expect((await list('q=S%C3%BCD&status=received')).requests.map((r) => r.id)).toEqual([ids[3]]);
    expect((await list('q=stein&status=received')).requests).toEqual([]);
    expect((await list('q=%C3%B6zdem&sort=receivedAt&dir=asc&pageSize=1&page=2')).requests.map((r) => r.id)).toEqual([ids[2]]);
    expect((await list('q=nirgendwo')).requests).toEqual([]);
  });

  it('filters by service and by the day received', async () => {
    expect((await list('service=sperrmuellkarte')).requests).toHaveLength(4);
    expect((await list(`from=${berlinToday()}&to=${berlinToday()}`)).requests).toHaveLength(4);
    expect((await list('to=2020-01-01')).requests).toEqual([]);
  });

  it('names a bad filter instead of ignoring it', async () => {
    const res = await clerk.call('GET', '/api/clerk/requests?status=draft&from=gestern&to=2020-01-01&sort=owner&payment=bezahlt');
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_filter');
    expect(res.body.problems.map((p: { field: string }) => p.field)).toEqual(['status', 'from', 'payment', 'sort']);
    expect(res.body.message).toMatch(/Filter/);
  });

  it('exports the current view as CSV that Excel reads with umlauts', async () => {
    const res = await fetch(`${portal.url}/api/clerk/requests.csv?q=%C3%96zdemir`, { headers: { Cookie: clerk.cookieHeader } });
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="posteingang-abfall\.csv"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toBe('"Aktenzeichen";"Leistung";"Status";"Eingegangen am";"Antragstellerin oder Antragsteller";"Bearbeitung durch";"Zahlung"');
    expect(lines.slice(1, -1)).toHaveLength(2);
    expect(lines[1]).toContain('"Anna Özdemir"');
    expect(lines[1]).toContain('"Sperrmüllkarte"');
    expect(lines[1]).toMatch(/;"offen"$/);
    expect(lines.at(-1)).toBe('');
  });
});
