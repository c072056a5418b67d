import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { ApiClient } from '../test-support/api-client';
import { startTestPortal } from '../test-support/test-portal';

let portal: Portal;
let admin: ApiClient;

async function as(email: string, password: string): Promise<ApiClient> {
  const client = new ApiClient(portal.url);
  expect((await client.login(email, password)).status, email).toBe(200);
  return client;
}

/** Every admin endpoint, with a body that would be valid for an administrator. */
const ENDPOINTS: [string, string, unknown?][] = [
  ['GET', '/api/admin/departments'],
  ['GET', '/api/admin/departments/abfall'],
  ['POST', '/api/admin/departments', { id: 'fremd', names: { de: 'Fremd', en: 'Foreign', 'de-x-easy': 'Fremd' } }],
  ['PUT', '/api/admin/departments/abfall', { names: { de: 'Umbenannt', en: 'Renamed', 'de-x-easy': 'Neu' } }],
  ['POST', '/api/admin/departments/planung/deactivate', {}],
  ['POST', '/api/admin/departments/planung/reactivate', {}],
  ['GET', '/api/admin/staff'],
  ['GET', '/api/admin/staff/some-id'],
  ['POST', '/api/admin/staff', { name: 'X', email: 'x@stadt-werne.example', role: 'admin' }],
  ['POST', '/api/admin/staff/some-id/invitation', {}],
  ['PUT', '/api/admin/staff/some-id', { role: 'admin' }],
  ['POST', '/api/admin/staff/some-id/deactivate', {}],
  ['POST', '/api/admin/staff/some-id/reactivate', {}],
  ['GET', '/api/admin/routing'],
  ['GET', '/api/admin/routing/maengelmelder'],
  ['PUT', '/api/admin/routing/maengelmelder', { rev: null, override: { muell: 'gruen' } }],
  ['GET', '/api/admin/audit'],
];

beforeAll(async () => {
  portal = await startTestPortal({ routing: false });
  admin = await as('admin@stadt-werne.example', 'werne-demo-admin');
});
afterAll(() => portal.stop());

describe('the admin API is the administrator\'s alone', () => {
  it('answers 403 to clerk, lead, treasury and citizen on every endpoint, and changes nothing', async () => {
    const citizen = new ApiClient(portal.url);
    await citizen.register('Neugierige Bürgerin');
    const others = [
      await as('abfall@stadt-werne.example', 'werne-demo-abfall'),
      await as('leitung-abfall@stadt-werne.example', 'werne-demo-leitung-abfall'),
      await as('kasse@stadt-werne.example', 'werne-demo-kasse'),
      citizen,
    ];
    for (const who of others) {
      for (const [method, path, body] of ENDPOINTS) {
        const res = await who.call(method, path, body);
        expect(res.status, `${method} ${path}`).toBe(403);
        expect(res.body.error).toBe('forbidden');
      }
    }
    for (const [method, path, body] of ENDPOINTS) expect((await new ApiClient(portal.url).call(method, path, body)).status, path).toBe(401);
    const departments = (await admin.call('GET', '/api/admin/departments')).body.departments as { id: string; names: { de: string }; active: boolean }[];
    expect(departments.map((d) => d.id)).not.toContain('fremd');
    expect(departments.find((d) => d.id === 'abfall')!.names.de).toBe('Kommunalbetrieb Werne – Abfallwirtschaft');
    expect(departments.find((d) => d.id === 'planung')!.active).toBe(true);
    expect((await admin.call('GET', '/api/admin/routing')).body.rev).toBeNull();
    expect((await admin.call('GET', '/api/admin/audit')).body.entries).toEqual([]);
  });

  it('names the field of every bad input, worded for the administrator in the page\'s language', async () => {
    const dept = await admin.call('POST', '/api/admin/departments', { id: 'Klima Schutz', names: { de: 'Klimaschutz', en: '' } });
    expect(dept.status).toBe(400);
    expect(dept.body.problems.map((p: { field: string; code: string }) => `${p.field}:${p.code}`)).toEqual([
      'id:format',
      'names.en:required',
      'names.de-x-easy:required',
    ]);
    expect(dept.body.problems[1].message).toBe('Geben Sie den Namen auf Englisch ein.');

    const staff = await admin.call('POST', '/api/admin/staff', { name: '', email: 'kein-at', role: 'treasury', department: 'abfall' }, { 'Accept-Language': 'en' });
    expect(staff.status).toBe(400);
    expect(staff.body.problems.map((p: { field: string; code: string }) => `${p.field}:${p.code}`)).toEqual(['email:format', 'name:required', 'department:notForRole']);
    expect(staff.body.problems.every((p: { message?: string }) => p.message && !p.message.includes('errors.'))).toBe(true);
    expect(staff.body.problems[1].message).toBe('Enter the person’s name.');

    const clerk = await admin.call('POST', '/api/admin/staff', { name: 'Ohne Dienst', email: 'ohne@stadt-werne.example', role: 'clerk' });
    expect(clerk.body.problems).toEqual([{ field: 'department', code: 'required', message: expect.any(String) }]);
    const unknownDept = await admin.call('POST', '/api/admin/staff', { name: 'X', email: 'x@stadt-werne.example', role: 'lead', department: 'gibtsnicht' });
    expect(unknownDept.body.problems[0]).toMatchObject({ field: 'department', code: 'invalid' });
    const badRole = await admin.call('POST', '/api/admin/staff', { name: 'X', email: 'x@stadt-werne.example', role: 'citizen' });
    expect(badRole.body.problems[0]).toMatchObject({ field: 'role', code: 'invalid' });

    const route = await admin.call('PUT', '/api/admin/routing/maengelmelder', { rev: null, override: { muell: 'gibtsnicht', hund: 'gruen' } });
    expect(route.status).toBe(400);
    expect(route.body.problems.map((p: { field: string; code: string }) => `${p.field}:${p.code}`)).toEqual(['route.muell:invalid', 'route.hund:unknownSlot']);
    expect(route.body.problems[0].message).toMatch(/Fachdienst/);
    expect((await admin.call('PUT', '/api/admin/routing/hundesteuer', { rev: null, override: {} })).status).toBe(404);
    expect((await admin.call('GET', '/api/admin/departments/gibtsnicht')).status).toBe(404);
    expect((await admin.call('POST', '/api/admin/departments/gibtsnicht/deactivate', {})).status).toBe(404);
  });

  it('publishes every department with its names in all three languages, to anyone', async () => {
    const res = await new ApiClient(portal.url).call('GET', '/api/departments');
    expect(res.status).toBe(200);
    const abfall = res.body.departments.find((d: { id: string }) => d.id === 'abfall');
    expect(abfall).toEqual({
      id: 'abfall',
      names: { de: 'Kommunalbetrieb Werne – Abfallwirtschaft', en: 'Kommunalbetrieb Werne – Waste management', 'de-x-easy': 'Kommunal·betrieb Werne: Abfall' },
      active: true,
    });
  });
});
