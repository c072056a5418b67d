import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { eventually } from '../test-support/api-client';
import { startTestPortal, uniquePrefix } from '../test-support/test-portal';
import { startDevMailbox, type DevMailbox, type OutboxDoc } from './index';

const address = () => `mail-${randomUUID().slice(0, 8)}@example.org`;
const prefix = uniquePrefix();
let mailbox: DevMailbox;
let portal: Portal;

beforeAll(async () => {
  // A real SMTP server on loopback, given to the portal as the city's mail server (SMTP_URL).
  mailbox = await startDevMailbox();
  portal = await startTestPortal({ prefix, env: { SMTP_URL: mailbox.smtpUrl, MAIL_RETRY_SECONDS: '1' } });
}, 180_000);
afterAll(async () => {
  await portal?.stop();
  await mailbox?.stop();
});

async function outboxDoc(id: string): Promise<OutboxDoc> {
  return (await portal.store.outbox.get(id)) as OutboxDoc;
}

describe('the outbox', () => {
  it('delivers a queued mail in the recipient language, text and HTML, and keeps no address once sent', async () => {
    expect(portal.mailbox).toBeUndefined();
    const to = address();
    const id = await portal.mailer.send({ to, kind: 'passwordReset', language: 'en', params: { link: 'http://127.0.0.1/passwort-neu#token', minutes: 60 } });
    const mail = await eventually(async () => mailbox.mails().find((m) => m.to.includes(to)), 20_000, 'the mail in the mailbox');
    expect(mail.subject).toBe('New password for the citizen portal');
    expect(mail.text).toContain('The link works for 60 minutes and only once.');
    expect(mail.links).toEqual(['http://127.0.0.1/passwort-neu#token']);
    expect(mail.html).toContain('<a href="http://127.0.0.1/passwort-neu#token"');
    expect(mail.messageId).toBe(`<${id.slice(5)}@buergerportal>`);
    const doc = await eventually(async () => {
      const d = await outboxDoc(id);
      return d.state === 'sent' ? d : undefined;
    }, 10_000, 'the outbox to say sent');
    expect(doc.sealed).toBeUndefined();
    expect(JSON.stringify(doc)).not.toContain(to);
    expect(JSON.stringify(doc)).not.toContain('token');
  }, 60_000);

  it('with the mail server down: keeps the mail (address and link sealed), retries, and delivers it once the server is back, once', async () => {
    await mailbox.stopSmtp();
    const to = address();
    const id = await portal.mailer.send({ to, kind: 'existingAccount', language: 'tr', params: { link: 'http://127.0.0.1/passwort-vergessen#geheim' } });
    // Two attempts at least, each failing, the mail still waiting.
    const waiting = await eventually(async () => {
      const d = await outboxDoc(id);
      return d.attempts >= 2 ? d : undefined;
    }, 30_000, 'two failed attempts');
    expect(waiting.state).toBe('pending');
    expect(waiting.lastError).toBeTruthy();
    expect(waiting.sealed).toBeTruthy();
    expect(JSON.stringify(waiting)).not.toContain(to);
    expect(JSON.stringify(waiting)).not.toContain('geheim');
    expect(mailbox.mails().filter((m) => m.to.includes(to))).toHaveLength(0);

    await mailbox.startSmtp();
    const mail = await eventually(async () => mailbox.mails().find((m) => m.to.includes(to)), 30_000, 'delivery after the server came back');
    expect(mail.subject).toBe('Vatandaş portalında zaten bir hesabınız var');
    await eventually(async () => (await outboxDoc(id)).state === 'sent', 10_000, 'sent');
    await new Promise((r) => setTimeout(r, 2_500));
    expect(mailbox.mails().filter((m) => m.to.includes(to))).toHaveLength(1);
  }, 120_000);
});

describe('two workers at once (a lease lapsed under a partition)', () => {
  let second: Portal | undefined;
  afterAll(async () => {
    await second?.stop();
  });

  it('sends every mail exactly once', async () => {
    // The first portal holds the lease; this one ignores it: both send from the same outbox.
    second = await startTestPortal({ prefix, env: { SMTP_URL: mailbox.smtpUrl, MAIL_RETRY_SECONDS: '1' }, workerOptions: { ignoreLease: true } });
    const before = mailbox.mails().length;
    const addresses = Array.from({ length: 20 }, address);
    for (const [i, to] of addresses.entries()) await (i % 2 ? portal : second).mailer.send({ to, kind: 'passwordChanged', language: 'uk', params: { link: 'http://127.0.0.1/anmelden' } });
    await eventually(async () => mailbox.mails().length - before >= addresses.length, 120_000, 'all mails').catch(async (err) => {
      const docs = (await portal.store.outbox.list({ include_docs: true })).rows.map((r) => { const d = r.doc as OutboxDoc; return `${d.state}/${d.attempts}/${d.lastError ?? ''}`; });
      throw new Error(`${(err as Error).message}: ${mailbox.mails().length - before} arrived; outbox ${JSON.stringify(docs)}`);
    });
    // Time for a second sending of any of them to show.
    await new Promise((r) => setTimeout(r, 3_000));
    const received = mailbox.mails().slice(before).flatMap((m) => m.to);
    const twice = received.filter((a, i) => received.indexOf(a) !== i);
    const why = await Promise.all(
      mailbox.mails().filter((m) => twice.some((a) => m.to.includes(a))).map(async (m) => ({ ...m, doc: await outboxDoc(`mail:${m.messageId?.slice(1, -15)}`).catch(() => undefined) })),
    );
    expect(received.sort(), JSON.stringify(why.map((w) => ({ id: w.messageId, at: w.receivedAt, doc: w.doc })))).toEqual([...addresses].sort());
  }, 300_000);
});
