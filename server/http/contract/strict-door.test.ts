import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../../portal';
import { ApiClient, sperrmuellDraft } from '../../test-support/api-client';
import { FILE_TEST_SERVICE, registerFileTestService } from '../../test-support/file-test-service';
import { signedIn } from '../../test-support/staff-login';
import { startTestPortal } from '../../test-support/test-portal';

/**
 * Forged and extra fields, tried as an outsider would: each is refused with a 400 naming the
 * field, in the caller's language, and nothing of it is stored.
 */
let portal: Portal;
let unregister: () => void;
let citizen: ApiClient;
let clerk: ApiClient;
let admin: ApiClient;

const staff = (email: string, password: string) => signedIn(portal.url, email, password);

beforeAll(async () => {
  unregister = registerFileTestService();
  portal = await startTestPortal({ routing: false });
  citizen = new ApiClient(portal.url);
  await citizen.register('Frieda Fälscherin');
  clerk = await staff('abfall@stadt-werne.example', 'werne-demo-abfall');
  admin = await staff('admin@stadt-werne.example', 'werne-demo-admin');
}, 60_000);
afterAll(async () => {
  unregister?.();
  await portal?.stop();
});

function expectUnknown(res: { status: number; body: { error: string; field: string; message: string } }, field: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(400);
  expect(res.body).toMatchObject({ error: 'unknown_field', field });
  expect(res.body.message).toContain(field);
  expect(res.body.message).not.toMatch(/apiErrors/);
}

describe('the door refuses what the contract does not declare', () => {
  it('refuses a file announced with a forged owner, and stores no file', async () => {
    const other = new ApiClient(portal.url);
    const victim = await other.register('Vera Opfer');
    const id = randomUUID();
    const res = await citizen.call('PUT', `/api/files/${id}`, {
      requestId: randomUUID(),
      serviceId: FILE_TEST_SERVICE.id,
      catalogueVersion: 1,
      fieldId: 'photos',
      name: 'foto.png',
      size: 10,
      sha256: '0'.repeat(64),
      owner: victim.id,
    });
    expectUnknown(res, 'owner');
    expect(await portal.store.files.get(id).catch(() => null)).toBeNull();
  });

  it('names a nested unknown field of the profile, and saves nothing', async () => {
    const res = await citizen.call('POST', '/api/profile', { profile: { phone: '02389 1', role: 'admin' } });
    expectUnknown(res, 'profile.role');
    expect((await citizen.call('GET', '/api/profile')).body.profile.phone).toBeUndefined();
  });

  it('refuses a status forged into a clerk decision and a forged row field in a sync push', async () => {
    expectUnknown(await clerk.call('POST', `/api/clerk/requests/${randomUUID()}/actions`, { action: 'start', status: 'completed' }), 'status');
    const res = await citizen.call('POST', '/api/sync/requests/push', { rows: [{ assumedMasterState: null, newDocumentState: sperrmuellDraft(), owner: 'x' }] });
    expectUnknown(res, 'rows.0.owner');
  });

  it('refuses an admin change that smuggles a field the endpoint does not take', async () => {
    const staffList = (await admin.call('GET', '/api/admin/staff')).body.staff as { id: string; email: string; active: boolean }[];
    const target = staffList.find((s) => s.email === 'abfall@stadt-werne.example')!;
    expectUnknown(await admin.call('PUT', `/api/admin/staff/${target.id}`, { role: 'clerk', department: 'abfall', active: false, email: 'neu@example.org' }), 'active');
    const after = (await admin.call('GET', `/api/admin/staff/${target.id}`)).body.account;
    expect(after).toMatchObject({ email: 'abfall@stadt-werne.example', active: true });
  });

  it('refuses an unknown query parameter and a body on an endpoint that takes none', async () => {
    expectUnknown(await clerk.call('GET', '/api/clerk/requests?status=received&department=tiefbau'), 'department');
    expectUnknown(await citizen.call('POST', `/api/files/${randomUUID()}/complete`, { state: 'complete' }), 'state');
  });

  it('names a wrong type or length, in the caller\'s language', async () => {
    const login = await new ApiClient(portal.url).call('POST', '/api/auth/login', { email: ['a@b.de'], password: 'x' }, { 'Accept-Language': 'en' });
    expect(login.status).toBe(400);
    expect(login.body).toMatchObject({ error: 'validation_failed', field: 'email', problems: [{ field: 'email', code: 'type' }] });
    expect(login.body.message).toBe('The field “email” does not have a valid value.');
    const note = await clerk.call('POST', `/api/clerk/requests/${randomUUID()}/notes`, { text: 'x'.repeat(9000) });
    expect(note.status).toBe(400);
    expect(note.body).toMatchObject({ field: 'text', problems: [{ field: 'text', code: 'tooLong' }] });
  });
});
