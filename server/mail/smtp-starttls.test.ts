import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { eventually } from '../test-support/api-client';
import { makeTestPki, type TestPki } from '../test-support/test-certificates';
import { startTestPortal } from '../test-support/test-portal';
import { loadMailConfig, type OutboxDoc } from './index';

/** What the city's mail server saw: every login attempt and every mail, each with whether TLS was on. */
interface Seen {
  logins: { user: string; secure: boolean }[];
  mails: { to: string[]; user?: string; secure: boolean }[];
}

type ServerMode = { tls: false } | { tls: true; key: string; cert: string; acceptsPassword: boolean };

const USER = 'stadt-portal';
const PASSWORD = 'geheim-2026';

/**
 * A mail server as a city runs one on port 587: it requires a login and, in TLS mode, offers
 * STARTTLS with its certificate. In plain mode it offers no STARTTLS but would take a login over
 * plain text, as a misconfigured server (or an attacker stripping STARTTLS) would.
 */
function startCityMailServer(seen: Seen, mode: ServerMode, port = 0): Promise<{ port: number; stop(): Promise<void> }> {
  const server = new SMTPServer({
    ...(mode.tls ? { key: mode.key, cert: mode.cert } : { disabledCommands: ['STARTTLS'], allowInsecureAuth: true }),
    authMethods: ['PLAIN', 'LOGIN'],
    onAuth(auth, session, callback) {
      seen.logins.push({ user: auth.username ?? '', secure: session.secure });
      if (mode.tls && mode.acceptsPassword && auth.username === USER && auth.password === PASSWORD) return callback(null, { user: auth.username });
      callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onData(stream, session, callback) {
      stream.resume();
      stream.on('end', () => {
        seen.mails.push({ to: session.envelope.rcptTo.map((r) => r.address), user: session.user as string | undefined, secure: session.secure });
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  return new Promise((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({ port: (server.server.address() as AddressInfo).port, stop: () => new Promise<void>((r) => server.close(() => r())) }),
    );
  });
}

let trusted: TestPki;
let foreign: TestPki;
let portal: Portal;
let port: number;
let current: { stop(): Promise<void> };
const seen: Seen = { logins: [], mails: [] };

beforeAll(async () => {
  trusted = makeTestPki('Zertifizierungsstelle der Stadt (Test)');
  foreign = makeTestPki('Fremde Zertifizierungsstelle (Test)');
  // The first server only fixes the port; each phase below puts its own server there.
  const first = await startCityMailServer(seen, { tls: false });
  port = first.port;
  current = first;
  portal = await startTestPortal({
    env: { SMTP_URL: `smtp://${USER}:${PASSWORD}@127.0.0.1:${port}`, SMTP_CA_FILE: trusted.caFile, MAIL_RETRY_SECONDS: '1' },
  });
}, 180_000);

afterAll(async () => {
  await portal?.stop();
  await current?.stop();
  trusted?.remove();
  foreign?.remove();
});

async function attempted(id: string, attempts: number): Promise<OutboxDoc> {
  return eventually(async () => {
    const doc = (await portal.store.outbox.get(id)) as OutboxDoc;
    return doc.attempts >= attempts ? doc : undefined;
  }, 30_000, `attempt ${attempts}`);
}

async function replaceServer(mode: ServerMode) {
  await current.stop();
  current = await startCityMailServer(seen, mode, port);
}

describe('the city mail server on port 587 with STARTTLS and a login (SMTP_URL with credentials)', () => {
  it('never sends the password in plain text or to an untrusted server, keeps the mail meanwhile, and delivers it over TLS as the configured user', async () => {
    const to = `tls-${randomUUID().slice(0, 8)}@example.org`;
    const id = await portal.mailer.send({ to, kind: 'passwordChanged', language: 'de', params: { link: 'http://127.0.0.1/anmelden' } });

    // 1. No STARTTLS offered (a stripped greeting): no login at all, the mail waits.
    let doc = await attempted(id, 1);
    expect(doc.state).toBe('pending');
    expect(doc.lastError).toMatch(/STARTTLS/i);
    expect(seen.logins).toEqual([]);

    // 2. STARTTLS with a certificate of a CA the city did not name: no login, the mail waits.
    await replaceServer({ tls: true, key: foreign.key, cert: foreign.cert, acceptsPassword: true });
    doc = await attempted(id, 2);
    expect(doc.state).toBe('pending');
    expect(doc.lastError).toMatch(/certificate/i);
    expect(seen.logins).toEqual([]);

    // 3. The right server refuses the login (535, a changed password): still waiting, not dropped.
    await replaceServer({ tls: true, key: trusted.key, cert: trusted.cert, acceptsPassword: false });
    doc = await attempted(id, 3);
    expect(doc.state).toBe('pending');
    expect(doc.sealed).toBeTruthy();
    expect(seen.logins).toEqual([{ user: USER, secure: true }]);

    // 4. Mended: delivered once, inside TLS, as the configured user.
    await replaceServer({ tls: true, key: trusted.key, cert: trusted.cert, acceptsPassword: true });
    await eventually(async () => ((await portal.store.outbox.get(id)) as OutboxDoc).state === 'sent', 30_000, 'sent');
    expect(seen.mails).toEqual([{ to: [to], user: USER, secure: true }]);
    expect(seen.logins.every((l) => l.secure)).toBe(true);
  }, 120_000);
});

describe('SMTP settings at start', () => {
  it('refuses to turn certificate checks off and names an unreadable SMTP_CA_FILE', () => {
    expect(() => loadMailConfig({ SMTP_URL: 'smtp://u:p@mail.example:587?tls.rejectUnauthorized=false' })).toThrow(/SMTP_CA_FILE/);
    expect(() => loadMailConfig({ SMTP_URL: 'smtp://u:p@mail.example:587', SMTP_CA_FILE: '/nicht/da.pem' })).toThrow(/nicht\/da\.pem/);
    expect(() => loadMailConfig({ SMTP_CA_FILE: trusted.caFile })).toThrow(/SMTP_URL/);
    expect(loadMailConfig({ SMTP_URL: 'smtp://u:p@mail.example:587', SMTP_CA_FILE: trusted.caFile }).smtpCa).toEqual([trusted.caPem.trim()]);
  });
});
