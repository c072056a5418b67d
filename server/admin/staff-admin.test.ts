import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { ApiClient } from '../test-support/api-client';
import { startTestPortal } from '../test-support/test-portal';
import { readStaffAccount } from '../auth';
import { guardLastAdmin } from './staff-admin';
import { createInvitedStaff } from '../test-support/staff-invitation';

let portal: Portal;
let admin: ApiClient;
let adminId: string;

async function login(email: string, password: string): Promise<ApiClient> {
  const client = new ApiClient(portal.url);
  const res = await client.login(email, password);
  expect(res.status, `${email}: ${JSON.stringify(res.body)}`).toBe(200);
  return client;
}

const createStaff = (body: Record<string, unknown>) => createInvitedStaff(portal, admin, body);

beforeAll(async () => {
  portal = await startTestPortal({ routing: false });
  admin = await login('admin@stadt-werne.example', 'werne-demo-admin');
  adminId = (await admin.call('GET', '/api/auth/me')).body.user.id;
});
afterAll(() => portal.stop());

describe('staff accounts kept by the administrator', () => {
  it('lists staff with role, department and state, never citizens or password hashes', async () => {
    await new ApiClient(portal.url).register('Bürgerin Nicht-Personal');
    const { staff } = (await admin.call('GET', '/api/admin/staff')).body;
    expect(staff.length).toBe(24);
    expect(staff.map((a: { role: string }) => a.role)).not.toContain('citizen');
    expect(staff.find((a: { email: string }) => a.email === 'abfall@stadt-werne.example')).toMatchObject({ role: 'clerk', department: 'abfall', active: true });
    expect(JSON.stringify(staff)).not.toMatch(/scrypt|passwordHash|profile/);
  });

  it('creates an account without a password; the person sets it from the invitation, and the administrator sees who has not', async () => {
    const made = await createStaff({ name: 'Gina Gen', email: 'Gina@Stadt-Werne.example', role: 'lead', department: 'gruen' });
    expect(made.account).toMatchObject({ email: 'gina@stadt-werne.example', role: 'lead', department: 'gruen', active: true, invitationPending: true });
    const lead = await login('gina@stadt-werne.example', made.password);
    expect((await lead.call('GET', '/api/auth/me')).body.user).toMatchObject({ role: 'lead', department: 'gruen' });
    expect((await admin.call('GET', `/api/admin/staff/${made.account.id}`)).body.account.invitationPending).toBe(false);
    const audit = await portal.store.audit.list({ include_docs: true });
    expect(JSON.stringify(audit.rows)).not.toContain(made.password);

    const taken = await admin.call('POST', '/api/admin/staff', { name: 'Doppelt', email: 'gina@stadt-werne.example', role: 'admin' });
    expect(taken.status).toBe(409);
    expect(taken.body.problems).toEqual([{ field: 'email', code: 'taken', message: 'Für diese E-Mail-Adresse gibt es schon ein Konto.' }]);
  });

  it('changes role and department; the person has them on the next request', async () => {
    const { account, password } = await createStaff({ name: 'Wanda Wechsel', email: 'wanda@stadt-werne.example', role: 'clerk', department: 'abfall' });
    const wanda = await login(account.email, password);
    const moved = await admin.call('PUT', `/api/admin/staff/${account.id}`, { role: 'lead', department: 'tiefbau' });
    expect(moved.body.account).toMatchObject({ role: 'lead', department: 'tiefbau' });
    expect((await wanda.call('GET', '/api/auth/me')).body.user).toMatchObject({ role: 'lead', department: 'tiefbau' });
    const toTreasury = await admin.call('PUT', `/api/admin/staff/${account.id}`, { role: 'treasury', department: 'tiefbau' });
    expect(toTreasury.body.problems[0]).toMatchObject({ field: 'department', code: 'notForRole' });
    const treasury = await admin.call('PUT', `/api/admin/staff/${account.id}`, { role: 'treasury' });
    expect(treasury.body.account.department).toBeUndefined();
    expect((await wanda.call('GET', '/api/clerk/requests')).status).toBe(403);
    const citizen = (await new ApiClient(portal.url).register('Keine Mitarbeiterin')).id;
    expect((await admin.call('PUT', `/api/admin/staff/${citizen}`, { role: 'admin' })).status).toBe(404);
  });

  it('ends every session of a deactivated account at once; it can\'t log in until reactivated', async () => {
    const { account, password } = await createStaff({ name: 'Dirk Deaktiv', email: 'dirk@stadt-werne.example', role: 'clerk', department: 'ordnung' });
    const laptop = await login(account.email, password);
    const phone = await login(account.email, password);
    const res = await admin.call('POST', `/api/admin/staff/${account.id}/deactivate`, {});
    expect(res.body.account.active).toBe(false);
    for (const device of [laptop, phone]) {
      expect((await device.call('GET', '/api/auth/me')).status).toBe(401);
      expect((await device.call('GET', '/api/clerk/requests')).status).toBe(401);
    }
    expect(await portal.store.sessions.find({ selector: { userId: account.id } } as never).then((r) => r.docs)).toEqual([]);
    const refused = await new ApiClient(portal.url).login(account.email, password);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toBe('account_deactivated');
    expect((await new ApiClient(portal.url).login(account.email, 'falsches passwort')).body.error).toBe('invalid_credentials');
    const colleagues = (await (await login('ordnung@stadt-werne.example', 'werne-demo-ordnung')).call('GET', '/api/clerk/staff')).body.staff;
    expect(colleagues.map((c: { id: string }) => c.id)).not.toContain(account.id);

    expect((await admin.call('POST', `/api/admin/staff/${account.id}/reactivate`, {})).body.account.active).toBe(true);
    await login(account.email, password);
  });

  it('never lets administrators deactivate or demote themselves', async () => {
    const deactivate = await admin.call('POST', `/api/admin/staff/${adminId}/deactivate`, {});
    expect(deactivate.status).toBe(409);
    expect(deactivate.body.problems).toEqual([{ field: 'active', code: 'ownAccount', message: 'Sie können Ihr eigenes Konto nicht deaktivieren.' }]);
    const demote = await admin.call('PUT', `/api/admin/staff/${adminId}`, { role: 'clerk', department: 'abfall' });
    expect(demote.body.problems).toEqual([{ field: 'role', code: 'ownAccount', message: expect.any(String) }]);
    expect((await admin.call('GET', '/api/auth/me')).body.user.role).toBe('admin');
  });

  it('keeps at least one active administrator, even when two remove each other at the same moment', async () => {
    const x = await createStaff({ name: 'Xaver Admin', email: 'xaver@stadt-werne.example', role: 'admin' });
    const y = await createStaff({ name: 'Yvonne Admin', email: 'yvonne@stadt-werne.example', role: 'admin' });
    const xaver = await login(x.account.email, x.password);
    const yvonne = await login(y.account.email, y.password);
    // The demo administrator leaves; Xaver and Yvonne are the only administrators now.
    expect((await xaver.call('POST', `/api/admin/staff/${adminId}/deactivate`, {})).status).toBe(200);

    const [a, b] = await Promise.all([
      xaver.call('POST', `/api/admin/staff/${y.account.id}/deactivate`, {}),
      yvonne.call('PUT', `/api/admin/staff/${x.account.id}`, { role: 'clerk', department: 'abfall' }),
    ]);
    expect([a.status, b.status].filter((s) => s === 200).length).toBeLessThanOrEqual(1);
    for (const res of [a, b]) if (res.status === 409) expect(res.body.problems[0].code).toBe('lastAdmin');
    const activeAdmins = async () =>
      (await Promise.all([x.account.id, y.account.id].map((id) => readStaffAccount(portal.store, id)))).filter((acc) => acc?.role === 'admin' && acc.active);
    let remaining = await activeAdmins();
    expect(remaining.length).toBeGreaterThanOrEqual(1);
    // Both changes undone (they crossed): one administrator leaves now, calmly.
    if (remaining.length === 2) expect((await xaver.call('POST', `/api/admin/staff/${y.account.id}/deactivate`, {})).status).toBe(200);
    remaining = await activeAdmins();
    expect(remaining.length).toBe(1);

    // The rule itself, whoever asks: the last active administrator stays.
    await expect(guardLastAdmin(portal.store, remaining[0]!, { active: false }, 'active')).rejects.toMatchObject({
      status: 409,
      problems: [{ field: 'active', code: 'lastAdmin' }],
    });
    await expect(guardLastAdmin(portal.store, remaining[0]!, { role: 'treasury', department: null }, 'role')).rejects.toMatchObject({ status: 409 });
    expect(await readStaffAccount(portal.store, remaining[0]!.id)).toMatchObject({ role: 'admin', active: true });
    const survivor = remaining[0]!.id === x.account.id ? xaver : yvonne;
    expect((await survivor.call('POST', `/api/admin/staff/${adminId}/reactivate`, {})).status).toBe(200);
  });
});
