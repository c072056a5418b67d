import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { mailboxPage } from './mailbox-page';

/** A mail as the development mailbox caught it. */
export interface CaughtMail {
  id: number;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId?: string;
  receivedAt: string;
  /** Every http(s) link in the text part, in order (tests follow them). */
  links: string[];
}

export interface DevMailbox {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  smtpUrl: string;
  /** The page that lists the caught mails; `<url>/messages.json` lists them for tests. */
  url: string;
  mails(): CaughtMail[];
  /** Stops the SMTP side only (tests of a mail server that is down); `startSmtp` brings it back on the same port. */
  stopSmtp(): Promise<void>;
  startSmtp(): Promise<void>;
  stop(): Promise<void>;
}

/** The newest mails only: it is a development tool, not an archive. */
const KEEP = 500;

/**
 * The built-in development mailbox: a real SMTP server on loopback (no TLS, no login) that keeps
 * what it receives in memory, and a page on loopback that shows it. `npm start` runs it when no
 * SMTP_URL is set, as it runs the payment sandbox when no provider is set, so registration and
 * password reset work end to end on a laptop; the browser tests read their mail from it.
 */
export async function startDevMailbox(options: { port?: number; smtpPort?: number } = {}): Promise<DevMailbox> {
  const caught: CaughtMail[] = [];
  let next = 1;
  const makeSmtp = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      banner: 'Buergerportal development mailbox',
      size: 1024 * 1024,
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((parsed) => {
            const text = parsed.text ?? '';
            caught.push({
              id: next++,
              from: parsed.from?.text ?? '',
              to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
              subject: parsed.subject ?? '',
              text,
              html: typeof parsed.html === 'string' ? parsed.html : '',
              messageId: parsed.messageId,
              receivedAt: new Date().toISOString(),
              links: text.match(/https?:\/\/[^\s<>"]+/g) ?? [],
            });
            if (caught.length > KEEP) caught.splice(0, caught.length - KEEP);
            callback();
          })
          .catch((err: Error) => callback(err));
      },
    });
  let smtp = makeSmtp();
  const listenSmtp = (port: number) =>
    new Promise<number>((resolve, reject) => {
      smtp.once('error', reject);
      smtp.listen(port, '127.0.0.1', () => resolve((smtp.server.address() as AddressInfo).port));
    });
  const smtpPort = await listenSmtp(options.smtpPort ?? 0);

  const http: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/messages.json') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify(caught));
    } else if (req.method === 'GET' && path === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'" });
      res.end(mailboxPage([...caught].reverse(), req.headers['accept-language']));
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const closeSmtp = () => new Promise<void>((resolve) => smtp.close(() => resolve()));
  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    url,
    mails: () => [...caught],
    stopSmtp: closeSmtp,
    async startSmtp() {
      smtp = makeSmtp();
      await listenSmtp(smtpPort);
    },
    async stop() {
      await closeSmtp();
      http.closeAllConnections();
      await new Promise((r) => http.close(r));
    },
  };
}
