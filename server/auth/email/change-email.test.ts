import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../../portal';
import { ApiClient, eventually } from '../../test-support/api-client';
import { startTestPortal } from '../../test-support/test-portal';
import { lastMailId, mailTo as mailIn, tokenOf } from '../../test-support/portal-mailbox';

const PASSWORD = 'correct horse battery';
let portal: Portal;
const mailTo = (to: string, subject: RegExp, after = 0) => mailIn(portal, to, subject, after);

beforeAll(async () => {
  portal = await startTestPortal({ env: { MAIL_RETRY_SECONDS: '1' } });
}, 120_000);
afterAll(async () => {
  await portal?.stop();
});


describe('changing the e-mail address', () => {
  it('needs the password; the old address works until the new one is confirmed by its link, and hears of it', async () => {
    const citizen = new ApiClient(portal.url);
    const { email: old } = await citizen.register();
    const next = `neu-${Date.now()}@example.org`;
    expect((await citizen.call('POST', '/api/auth/email/change', { email: next, currentPassword: 'falsch falsch' })).body.problems).toMatchObject([{ field: 'currentPassword', code: 'wrong' }]);
    expect((await citizen.call('POST', '/api/auth/email/change', { email: 'kein-at', currentPassword: PASSWORD })).body.problems).toMatchObject([{ field: 'email', code: 'format' }]);
    expect((await citizen.call('POST', '/api/auth/email/change', { email: next, currentPassword: PASSWORD })).status).toBe(202);
    expect((await citizen.call('GET', '/api/auth/me')).body.user).toMatchObject({ email: old, pendingEmail: next, emailConfirmed: true });

    await mailTo(old, /soll geändert werden/);
    const link = (await mailTo(next, /neue E-Mail-Adresse/)).links[0];
    // Until then the old address signs in, the new one does not.
    expect((await new ApiClient(portal.url).login(next, PASSWORD)).status).toBe(401);
    expect((await new ApiClient(portal.url).login(old, PASSWORD)).status).toBe(200);

    expect((await new ApiClient(portal.url).call('POST', '/api/auth/email/confirm', { token: tokenOf(link) })).body).toEqual({ status: 'confirmed', email: next });
    expect((await citizen.call('GET', '/api/auth/me')).body.user).toMatchObject({ email: next, emailConfirmed: true });
    expect((await citizen.call('GET', '/api/auth/me')).body.user.pendingEmail).toBeUndefined();
    expect((await new ApiClient(portal.url).login(next, PASSWORD)).status).toBe(200);
    expect((await new ApiClient(portal.url).login(old, PASSWORD)).status).toBe(401);
    // The old address is free again for a new account.
    expect((await new ApiClient(portal.url).call('POST', '/api/auth/register', { email: old, password: PASSWORD, name: 'Neu' })).status).toBe(202);
    expect((await new ApiClient(portal.url).login(old, PASSWORD)).status).toBe(200);
  }, 60_000);

  it('an address taken meanwhile by another account is not handed over', async () => {
    const anna = new ApiClient(portal.url);
    await anna.register('Anna');
    const bert = new ApiClient(portal.url);
    const { email: bertsEmail } = await bert.register('Bert');
    const wanted = `begehrt-${Date.now()}@example.org`;
    expect((await anna.call('POST', '/api/auth/email/change', { email: wanted, currentPassword: PASSWORD })).status).toBe(202);
    const link = (await mailTo(wanted, /neue E-Mail-Adresse/)).links[0];
    // Bert moves to the address first (his own confirmed change).
    expect((await bert.call('POST', '/api/auth/email/change', { email: wanted, currentPassword: PASSWORD })).status).toBe(202);
    const bertsLink = await eventually(async () => portal.mailbox!.mails().filter((m) => m.to.includes(wanted) && m.links[0] !== link).at(-1)?.links[0], 15_000, 'Bert’s link');
    expect((await bert.call('POST', '/api/auth/email/confirm', { token: tokenOf(bertsLink) })).status).toBe(200);
    const late = await anna.call('POST', '/api/auth/email/confirm', { token: tokenOf(link) });
    expect(late.status).toBe(409);
    expect(late.body.error).toBe('email_taken');
    expect((await bert.call('GET', '/api/auth/me')).body.user.email).toBe(wanted);
    expect((await new ApiClient(portal.url).login(bertsEmail, PASSWORD)).status).toBe(401);
  }, 60_000);

  it('to an address another account holds: the same answer, the holder is told, nothing moves, no link to take it over', async () => {
    const anna = new ApiClient(portal.url);
    const { email: annas } = await anna.register('Anna');
    const bert = new ApiClient(portal.url);
    const { email: berts } = await bert.register('Bert');
    // Bert's own confirmation mail is sent by the worker a moment later: counted from after it,
    // so only what the change below causes is looked at.
    await mailTo(berts, /bestätigen/);
    const free = `frei-${Date.now()}@example.org`;
    const before = lastMailId(portal);
    const toBerts = await anna.call('POST', '/api/auth/email/change', { email: berts.toUpperCase(), currentPassword: PASSWORD });
    const toFree = await anna.call('POST', '/api/auth/email/change', { email: free, currentPassword: PASSWORD });
    expect(toBerts).toEqual({ status: 202, body: { status: 'accepted' } });
    expect(toFree).toEqual(toBerts);
    // Bert hears that someone used his address, with the reset link; he gets no confirmation link.
    const told = await mailTo(berts, /schon ein Konto/, before);
    expect(told.links).toEqual([`${portal.url}/passwort-vergessen`]);
    await mailTo(free, /neue E-Mail-Adresse/, before);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(portal.mailbox!.mails().filter((m) => m.id > before && m.to.includes(berts)).map((m) => m.subject)).toEqual(['Sie haben schon ein Konto im Bürgerportal']);
    // Both accounts keep their addresses and logins.
    expect((await anna.call('GET', '/api/auth/me')).body.user.email).toBe(annas);
    expect((await new ApiClient(portal.url).login(berts, PASSWORD)).status).toBe(200);
  }, 60_000);

  it('mails one address only a few times per quarter hour, however often a signed-in account asks', async () => {
    const mallory = new ApiClient(portal.url);
    await mallory.register('Mallory');
    const target = `opfer-${Date.now()}@example.org`;
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await mallory.call('POST', '/api/auth/email/change', { email: target, currentPassword: PASSWORD })).status);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429, 429]);
  }, 60_000);
});
