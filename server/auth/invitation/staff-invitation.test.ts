import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../../portal';
import { ApiClient } from '../../test-support/api-client';
import { lastMailId, mailTo, tokenOf } from '../../test-support/portal-mailbox';
import { invitationToken } from '../../test-support/staff-invitation';
import { startTestPortal } from '../../test-support/test-portal';
import { issueToken } from '../reset';

const SECRET = 'test-secret-'.padEnd(40, 'x');
let portal: Portal;
let admin: ApiClient;
let n = 0;

beforeAll(async () => {
  portal = await startTestPortal({ env: { MAIL_RETRY_SECONDS: '1' } });
  admin = new ApiClient(portal.url);
  expect((await admin.login('admin@stadt-werne.example', 'werne-demo-admin')).status).toBe(200);
}, 120_000);
afterAll(async () => {
  await portal?.stop();
});

async function invite(extra: Record<string, unknown> = {}) {
  const email = `eingeladen-${++n}-${Date.now()}@stadt-werne.example`;
  const res = await admin.call('POST', '/api/admin/staff', { name: `Eingeladen ${n}`, email, role: 'clerk', department: 'abfall', ...extra });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.account as { id: string; email: string; invitationPending: boolean };
}

const accept = (token: string, password: string, extra: Record<string, unknown> = {}) =>
  new ApiClient(portal.url).call('POST', '/api/auth/password/invitation', { token, password, ...extra });
const loginStatus = async (email: string, password: string) => (await new ApiClient(portal.url).login(email, password)).status;

describe('staff invitations', () => {
  it('mails a German invitation with a single-use link; no login until the person sets the password', async () => {
    const before = lastMailId(portal);
    const account = await invite();
    expect(account.invitationPending).toBe(true);
    const mail = await mailTo(portal, account.email, /Einladung zum Bürgerportal/, before);
    expect(mail.links).toHaveLength(1);
    expect(mail.links[0]).toMatch(new RegExp(`^${portal.url}/zugang-einrichten#[\\w-]{22}\\.[\\w-]{43}$`));
    expect(mail.text).toContain('72 Stunden und nur einmal');
    expect(mail.html).toContain(`href="${mail.links[0]}"`);
    const token = tokenOf(mail.links[0]);
    // The store keeps the token's HMAC only.
    expect(JSON.stringify(await portal.store.users.list({ include_docs: true }))).not.toContain(token.split('.')[1]);

    // Not with an empty password, not with a guess, not through the reset route.
    expect(await loginStatus(account.email, 'irgendein passwort')).toBe(401);
    expect((await new ApiClient(portal.url).call('POST', '/api/auth/password/reset', { token, password: 'mein eigenes passwort' })).body.error).toBe('invalid_token');
    expect((await accept(token, 'kurz')).body.problems).toMatchObject([{ field: 'password', code: 'tooShort' }]);

    expect((await accept(token, 'mein eigenes passwort')).status).toBe(200);
    expect(await loginStatus(account.email, 'mein eigenes passwort')).toBe(200);
    const again = await accept(token, 'ein anderes passwort');
    expect([again.status, again.body.error]).toEqual([400, 'invalid_token']);
    expect(await loginStatus(account.email, 'ein anderes passwort')).toBe(401);

    const afterSet = await admin.call('POST', `/api/admin/staff/${account.id}/invitation`, {});
    expect(afterSet.status).toBe(409);
    expect(afterSet.body.problems).toEqual([{ field: 'invitation', code: 'passwordSet', message: expect.stringMatching(/schon ein Passwort/) }]);
    expect((await admin.call('GET', `/api/admin/staff/${account.id}`)).body.account.invitationPending).toBe(false);
  }, 60_000);

  it('refuses an expired link, a link of another purpose and a link superseded by a resent invitation', async () => {
    const account = await invite();
    const first = await invitationToken(portal, account.email);
    const expired = await issueToken(portal.store, SECRET, { userId: account.id, purpose: 'invite', ttlMs: -1 });
    const resetKind = await issueToken(portal.store, SECRET, { userId: account.id, purpose: 'password', ttlMs: 60_000 });
    for (const token of [expired, resetKind, first.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))]) {
      expect((await accept(token, 'mein eigenes passwort')).body.error, token).toBe('invalid_token');
    }
    const before = lastMailId(portal);
    const resent = await admin.call('POST', `/api/admin/staff/${account.id}/invitation`, {});
    expect(resent.status).toBe(200);
    const second = await invitationToken(portal, account.email, before);
    expect(second).not.toBe(first);
    expect((await accept(first, 'mein eigenes passwort')).body.error).toBe('invalid_token');
    expect((await accept(second, 'mein eigenes passwort')).status).toBe(200);
    const audit = JSON.stringify((await admin.call('GET', '/api/admin/audit')).body.entries);
    expect(audit).toContain('resendInvitation');
    expect(audit).not.toContain(second.split('.')[1]);
  }, 60_000);

  it("sets only the token's own account: a forged account field is refused and nobody else's password changes", async () => {
    const alice = await invite();
    const bob = await invite();
    const aliceToken = await invitationToken(portal, alice.email);
    for (const forged of [{ userId: bob.id }, { email: bob.email }]) {
      const res = await accept(aliceToken, 'passwort von mallory', forged);
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('unknown_field');
    }
    expect((await accept(aliceToken, 'passwort von alice 1')).status).toBe(200);
    expect(await loginStatus(bob.email, 'passwort von alice 1')).toBe(401);
    expect((await admin.call('GET', `/api/admin/staff/${bob.id}`)).body.account.invitationPending).toBe(true);
  }, 60_000);

  it('refuses outsiders and forged fields: only an administrator invites, and never with a password or a citizen role', async () => {
    const clerk = new ApiClient(portal.url);
    expect((await clerk.login('abfall@stadt-werne.example', 'werne-demo-abfall')).status).toBe(200);
    const pending = await invite();
    const body = { name: 'Von Außen', email: `aussen-${Date.now()}@stadt-werne.example`, role: 'clerk', department: 'abfall' };
    expect((await clerk.call('POST', '/api/admin/staff', body)).status).toBe(403);
    expect((await clerk.call('POST', `/api/admin/staff/${pending.id}/invitation`, {})).status).toBe(403);
    expect((await new ApiClient(portal.url).call('POST', '/api/admin/staff', body)).status).toBe(401);
    for (const forged of [{ password: 'vom admin gewählt 1' }, { generatePassword: true }, { passwordHash: 'scrypt$1$1$1$x$y' }]) {
      const res = await admin.call('POST', '/api/admin/staff', { ...body, ...forged });
      expect([res.status, res.body.error], JSON.stringify(forged)).toEqual([400, 'unknown_field']);
    }
    const citizenRole = await admin.call('POST', '/api/admin/staff', { ...body, role: 'citizen' });
    expect(citizenRole.status).toBe(400);
    expect(citizenRole.body.problems[0]).toMatchObject({ field: 'role', code: 'invalid' });
    // Nothing was created by the refused calls: the address is still free.
    expect((await admin.call('POST', '/api/admin/staff', body)).status).toBe(201);
    // A deactivated account gets no new invitation.
    await admin.call('POST', `/api/admin/staff/${pending.id}/deactivate`, {});
    expect((await admin.call('POST', `/api/admin/staff/${pending.id}/invitation`, {})).body.problems).toMatchObject([{ field: 'invitation', code: 'inactive' }]);
  }, 60_000);

  it('staff "Passwort vergessen" works as for citizens, and a reset before the invitation is taken up voids the invitation', async () => {
    const before = lastMailId(portal);
    await new ApiClient(portal.url).call('POST', '/api/auth/password/forgot', { email: 'ordnung@stadt-werne.example' });
    const reset = await mailTo(portal, 'ordnung@stadt-werne.example', /Neues Passwort/, before);
    expect((await new ApiClient(portal.url).call('POST', '/api/auth/password/reset', { token: tokenOf(reset.links[0]), password: 'ordnung neu 12345' })).status).toBe(200);
    expect(await loginStatus('ordnung@stadt-werne.example', 'ordnung neu 12345')).toBe(200);

    const account = await invite();
    const invitation = await invitationToken(portal, account.email);
    const mark = lastMailId(portal);
    await new ApiClient(portal.url).call('POST', '/api/auth/password/forgot', { email: account.email });
    const link = await mailTo(portal, account.email, /Neues Passwort/, mark);
    expect((await new ApiClient(portal.url).call('POST', '/api/auth/password/reset', { token: tokenOf(link.links[0]), password: 'über vergessen 123' })).status).toBe(200);
    expect((await accept(invitation, 'über einladung 123')).body.error).toBe('invalid_token');
    expect(await loginStatus(account.email, 'über vergessen 123')).toBe(200);
  }, 60_000);
});
