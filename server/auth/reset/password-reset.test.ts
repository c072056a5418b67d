import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../../portal';
import { ApiClient, eventually } from '../../test-support/api-client';
import { startTestPortal } from '../../test-support/test-portal';
import { lastMailId as lastMailIdOf, mailTo as mailIn, tokenOf } from '../../test-support/portal-mailbox';
import { issueToken } from './one-time-tokens';

const PASSWORD = 'correct horse battery';
let portal: Portal;
const mailTo = (to: string, subject: RegExp, after = 0) => mailIn(portal, to, subject, after);

beforeAll(async () => {
  portal = await startTestPortal({ env: { MAIL_RETRY_SECONDS: '1' } });
}, 120_000);
afterAll(async () => {
  await portal?.stop();
});


const lastMailId = () => lastMailIdOf(portal);

describe('Passwort vergessen', () => {
  it('mails a single-use link; the new password works, the old one and every session end', async () => {
    const owner = new ApiClient(portal.url);
    const { email } = await owner.register();
    const otherDevice = new ApiClient(portal.url);
    expect((await otherDevice.login(email, PASSWORD)).status).toBe(200);

    const stranger = new ApiClient(portal.url);
    const asked = await stranger.call('POST', '/api/auth/password/forgot', { email: email.toUpperCase() }, { 'Accept-Language': 'en' });
    expect(asked).toEqual({ status: 202, body: { status: 'accepted' } });
    const mail = await mailTo(email, /New password/);
    expect(mail.links).toHaveLength(1);
    expect(mail.links[0]).toMatch(new RegExp(`^${portal.url}/passwort-neu#[\\w-]{22}\\.[\\w-]{43}$`));
    expect(mail.text).toContain('60 minutes');

    const token = tokenOf(mail.links[0]);
    // The store holds the token's HMAC only, never the token.
    const stored = await portal.store.users.list({ include_docs: true });
    expect(JSON.stringify(stored)).not.toContain(token.split('.')[1]);

    expect((await stranger.call('POST', '/api/auth/password/reset', { token, password: 'kurz' })).body.problems).toMatchObject([{ field: 'password', code: 'tooShort' }]);
    const reset = await stranger.call('POST', '/api/auth/password/reset', { token, password: 'ein ganz neues passwort' });
    expect(reset.status).toBe(200);
    // Single use.
    const again = await stranger.call('POST', '/api/auth/password/reset', { token, password: 'noch ein anderes passwort' });
    expect(again.status).toBe(400);
    expect(again.body.error).toBe('invalid_token');

    // Every session of the account has ended; the old password is refused, the new one works.
    expect((await owner.call('GET', '/api/auth/me')).status).toBe(401);
    expect((await otherDevice.call('GET', '/api/auth/me')).status).toBe(401);
    expect((await new ApiClient(portal.url).login(email, PASSWORD)).status).toBe(401);
    expect((await new ApiClient(portal.url).login(email, 'ein ganz neues passwort')).status).toBe(200);
    await mailTo(email, /password was changed|Passwort wurde geändert/);
  }, 60_000);

  it('answers an unknown address exactly as a known one, and sends nothing', async () => {
    const before = lastMailId();
    const unknown = `nobody-${Date.now()}@example.org`;
    const res = await new ApiClient(portal.url).call('POST', '/api/auth/password/forgot', { email: unknown });
    expect(res).toEqual({ status: 202, body: { status: 'accepted' } });
    await new Promise((r) => setTimeout(r, 2_000));
    expect(portal.mailbox!.mails().filter((m) => m.id > before && m.to.includes(unknown))).toEqual([]);
  }, 30_000);

  it('refuses a wrong, an expired and a superseded token alike', async () => {
    const client = new ApiClient(portal.url);
    const user = await client.register();
    const expired = await issueToken(portal.store, 'test-secret-'.padEnd(40, 'x'), { userId: user.id, purpose: 'password', ttlMs: -1 });
    const confirmOnly = await issueToken(portal.store, 'test-secret-'.padEnd(40, 'x'), { userId: user.id, purpose: 'confirm', ttlMs: 60_000 });
    const valid = await issueToken(portal.store, 'test-secret-'.padEnd(40, 'x'), { userId: user.id, purpose: 'password', ttlMs: 60_000 });
    const wrongVerifier = valid.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    for (const token of [expired, confirmOnly, wrongVerifier, 'not-a-token', `${valid}x`]) {
      const res = await client.call('POST', '/api/auth/password/reset', { token, password: 'ein ganz neues passwort' });
      expect([res.status, res.body.error], token).toEqual([400, 'invalid_token']);
    }
    // A second link asked for later: using it voids the earlier one too.
    const later = await issueToken(portal.store, 'test-secret-'.padEnd(40, 'x'), { userId: user.id, purpose: 'password', ttlMs: 60_000 }, new Date(Date.now() + 1));
    expect((await client.call('POST', '/api/auth/password/reset', { token: later, password: 'ein ganz neues passwort' })).status).toBe(200);
    expect((await client.call('POST', '/api/auth/password/reset', { token: valid, password: 'wieder ein passwort' })).body.error).toBe('invalid_token');
  }, 30_000);

  it('limits reset mails per address, known or not: nobody can flood an inbox', async () => {
    const client = new ApiClient(portal.url);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await client.call('POST', '/api/auth/password/forgot', { email: 'flood-target@example.org' })).status);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429, 429]);
  });

  it('refuses a malformed address by name', async () => {
    const res = await new ApiClient(portal.url).call('POST', '/api/auth/password/forgot', { email: 'jana(at)example.org' });
    expect(res.status).toBe(400);
    expect(res.body.problems).toMatchObject([{ field: 'email', code: 'format' }]);
  });
});

describe('changing the password in the profile', () => {
  it('needs the current password; then other devices are signed out and this one goes on', async () => {
    const here = new ApiClient(portal.url);
    const { email } = await here.register();
    const elsewhere = new ApiClient(portal.url);
    await elsewhere.login(email, PASSWORD);
    const wrong = await here.call('POST', '/api/auth/password/change', { currentPassword: 'falsches passwort', newPassword: 'ein neues passwort 2' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.problems).toMatchObject([{ field: 'currentPassword', code: 'wrong' }]);
    const before = lastMailId();
    const ok = await here.call('POST', '/api/auth/password/change', { currentPassword: PASSWORD, newPassword: 'ein neues passwort 2' });
    expect(ok.status).toBe(200);
    expect((await here.call('GET', '/api/auth/me')).status).toBe(200);
    expect((await elsewhere.call('GET', '/api/auth/me')).status).toBe(401);
    expect((await new ApiClient(portal.url).login(email, 'ein neues passwort 2')).status).toBe(200);
    await mailTo(email, /Passwort wurde geändert/, before);
    expect((await new ApiClient(portal.url).call('POST', '/api/auth/password/change', { currentPassword: PASSWORD, newPassword: 'ein neues passwort 3' })).status).toBe(401);
  }, 30_000);
});

describe('registering an address that already has an account', () => {
  it('answers as for a new one and mails the owner where to reset the password; a new address gets its confirmation only', async () => {
    const owner = new ApiClient(portal.url);
    const { email } = await owner.register();
    const before = lastMailId();
    const again = await new ApiClient(portal.url).call('POST', '/api/auth/register', { email, password: 'ein anderes passwort', name: 'Mallory' }, { 'Accept-Language': 'en' });
    const fresh = `fresh-${Date.now()}@example.org`;
    const brandNew = await new ApiClient(portal.url).call('POST', '/api/auth/register', { email: fresh, password: 'ein anderes passwort', name: 'Neu' });
    expect(again).toEqual(brandNew);
    const mail = await mailTo(email, /already have an account/, before);
    expect(mail.links).toEqual([`${portal.url}/passwort-vergessen`]);
    expect(mail.text).not.toContain('Mallory');
    await mailTo(fresh, /bestätigen/, before);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(portal.mailbox!.mails().filter((m) => m.id > before && m.to.includes(fresh)).map((m) => m.subject)).toEqual(['Bitte bestätigen Sie Ihre E-Mail-Adresse']);
  }, 30_000);
});
