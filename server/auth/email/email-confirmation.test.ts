import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../../portal';
import { ApiClient, eventually, sperrmuellDraft, submitted } from '../../test-support/api-client';
import { startTestPortal } from '../../test-support/test-portal';
import { lastMailId as lastMailIdOf, mailTo as mailIn, tokenOf } from '../../test-support/portal-mailbox';
import { issueToken } from '../reset';

let portal: Portal;
const mailTo = (to: string, subject: RegExp, after = 0) => mailIn(portal, to, subject, after);

beforeAll(async () => {
  portal = await startTestPortal({ env: { MAIL_RETRY_SECONDS: '1' } });
}, 120_000);
afterAll(async () => {
  await portal?.stop();
});

const lastMailId = () => lastMailIdOf(portal);
const confirm = (client: ApiClient, token: string) => client.call('POST', '/api/auth/email/confirm', { token });

describe('e-mail confirmation after registration', () => {
  it('drafts at once; a sending before the mailed link is used comes back as a draft saying why (nothing lost), and goes once confirmed', async () => {
    const citizen = new ApiClient(portal.url);
    const { email } = await citizen.registerUnconfirmed();
    expect((await citizen.call('GET', '/api/auth/me')).body.user).toMatchObject({ email, emailConfirmed: false });

    // A draft syncs as ever.
    const draft = sperrmuellDraft();
    expect((await citizen.push([{ assumedMasterState: null, newDocumentState: draft }])).status).toBe(200);
    // Sending it (a draft the server has) and sending a new one offline-made (unseen) are both refused.
    const stored = await citizen.current(draft.id);
    const offline = submitted(sperrmuellDraft());
    const refused = await citizen.push([
      { assumedMasterState: stored!, newDocumentState: submitted({ ...stored! }) },
      { assumedMasterState: null, newDocumentState: offline },
    ]);
    // Refused per row (domain/sync/send-refusal.ts): each comes back as the draft the server keeps, saying why.
    expect(refused.status).toBe(200);
    // The conflicts come in no fixed order (RxDB matches them by id).
    expect(refused.body.conflicts).toHaveLength(2);
    expect(refused.body.conflicts).toEqual(expect.arrayContaining([
      expect.objectContaining({ id: draft.id, status: 'draft', answers: stored!.answers, problems: [expect.objectContaining({ field: 'status', code: 'emailUnconfirmed' })] }),
      expect.objectContaining({ id: offline.id, status: 'draft', answers: offline.answers, problems: [expect.objectContaining({ field: 'status', code: 'emailUnconfirmed' })] }),
    ]));
    // Nothing lost: both are drafts on the server, with their answers.
    expect(await citizen.current(draft.id)).toMatchObject({ status: 'draft', answers: stored!.answers });
    expect(await citizen.current(offline.id)).toMatchObject({ status: 'draft', answers: offline.answers });
    const heldBy = (id: string) => refused.body.conflicts.find((c: { id: string }) => c.id === id)!;
    const [heldDraft, heldOffline] = [heldBy(draft.id), heldBy(offline.id)];

    // The mail in the recipient's language (the registration's), with a link to the confirm page.
    const mail = await mailTo(email, /E-Mail-Adresse/);
    expect(mail.links).toHaveLength(1);
    expect(mail.links[0]).toMatch(new RegExp(`^${portal.url}/email-bestaetigen#[\\w-]{22}\\.[\\w-]{43}$`));
    expect(mail.text).toContain('24 Stunden');
    const token = tokenOf(mail.links[0]);
    // Hashed: the store never holds the token's secret half.
    expect(JSON.stringify(await portal.store.users.list({ include_docs: true }))).not.toContain(token.split('.')[1]);

    // Another device without a session may confirm (the mail opened on a phone).
    const phone = new ApiClient(portal.url);
    expect(await confirm(phone, token)).toEqual({ status: 200, body: { status: 'confirmed', email } });
    expect((await confirm(phone, token)).body.error).toBe('invalid_token'); // single use
    expect((await citizen.call('GET', '/api/auth/me')).body.user.emailConfirmed).toBe(true);

    // Sent again once confirmed, both go through, and routing takes both.
    const sent = await citizen.push([
      { assumedMasterState: heldDraft, newDocumentState: submitted(heldDraft) },
      { assumedMasterState: heldOffline, newDocumentState: submitted(heldOffline) },
    ]);
    expect(sent.status).toBe(200);
    expect(sent.body.conflicts).toEqual([]);
    await eventually(async () => (await citizen.current(offline.id))?.status === 'received' && (await citizen.current(draft.id))?.status === 'received', 15_000, 'routing');
  }, 60_000);

  it('refuses forged, expired, another purpose and outdated tokens alike; a token names only its own account', async () => {
    const anna = new ApiClient(portal.url);
    const annaUser = await anna.registerUnconfirmed('Anna');
    const bert = new ApiClient(portal.url);
    const bertUser = await bert.registerUnconfirmed('Bert');
    const secret = 'test-secret-'.padEnd(40, 'x');

    const annaToken = await issueToken(portal.store, secret, { userId: annaUser.id, purpose: 'confirm', ttlMs: 60_000, subject: annaUser.email });
    const [selector] = annaToken.split('.');
    // Forged: Anna's selector with a made-up verifier, and a token signed with another secret.
    expect((await confirm(bert, `${selector}.${'A'.repeat(43)}`)).body.error).toBe('invalid_token');
    const otherSecret = await issueToken(portal.store, 'another-secret'.padEnd(40, 'y'), { userId: bertUser.id, purpose: 'confirm', ttlMs: 60_000, subject: bertUser.email });
    expect((await confirm(bert, otherSecret)).body.error).toBe('invalid_token');
    // Expired.
    const expired = await issueToken(portal.store, secret, { userId: bertUser.id, purpose: 'confirm', ttlMs: 60_000, subject: bertUser.email }, new Date(Date.now() - 61_000));
    expect((await confirm(bert, expired)).body.error).toBe('invalid_token');
    // A password reset token confirms nothing.
    const reset = await issueToken(portal.store, secret, { userId: bertUser.id, purpose: 'password', ttlMs: 60_000 });
    expect((await confirm(bert, reset)).body.error).toBe('invalid_token');
    // A token for an address the account does not have confirms nothing.
    const outdated = await issueToken(portal.store, secret, { userId: bertUser.id, purpose: 'confirm', ttlMs: 60_000, subject: 'old@example.org' });
    expect((await confirm(bert, outdated)).status).toBe(400);
    expect((await bert.call('GET', '/api/auth/me')).body.user.emailConfirmed).toBe(false);

    // Anna's token used from Bert's session confirms Anna, never Bert.
    expect((await confirm(bert, annaToken)).status).toBe(200);
    expect((await anna.call('GET', '/api/auth/me')).body.user.emailConfirmed).toBe(true);
    expect((await bert.call('GET', '/api/auth/me')).body.user.emailConfirmed).toBe(false);
    // Extra fields are refused at the door.
    expect((await confirm(bert, annaToken).then(() => bert.call('POST', '/api/auth/email/confirm', { token: annaToken, userId: bertUser.id }))).status).toBe(400);
  }, 60_000);

  it('resends the link on request, a few times per quarter hour, and never for a confirmed address', async () => {
    const citizen = new ApiClient(portal.url);
    const { email } = await citizen.registerUnconfirmed();
    await mailTo(email, /confirm|bestätigen/i);
    const before = lastMailId();
    const en = { 'Accept-Language': 'en' };
    for (let i = 0; i < 3; i++) expect((await citizen.call('POST', '/api/auth/email/resend', {}, en)).status).toBe(202);
    const limited = await citizen.call('POST', '/api/auth/email/resend', {}, en);
    expect(limited.status).toBe(429);
    expect(limited.body.error).toBe('rate_limited');
    const resent = await mailTo(email, /confirm|bestätigen/i, before);
    expect(resent.links[0]).toContain('/email-bestaetigen#');
    // Any of the links works (an older mail opened later, too).
    expect((await confirm(citizen, tokenOf(resent.links[0]))).status).toBe(200);
    const confirmed = new ApiClient(portal.url);
    const { email: confirmedEmail } = await confirmed.register();
    await mailTo(confirmedEmail, /bestätigen/);
    expect((await confirmed.call('POST', '/api/auth/email/resend', {})).status).toBe(202);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(portal.mailbox!.mails().filter((m) => m.to.includes(confirmedEmail))).toHaveLength(1);
    expect((await new ApiClient(portal.url).call('POST', '/api/auth/email/resend', {})).status).toBe(401);
  }, 60_000);
});
