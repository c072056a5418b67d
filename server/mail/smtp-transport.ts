import { rootCertificates } from 'node:tls';
import nodemailer, { type Transporter } from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';

/**
 * The connection to the city's mail server, from SMTP_URL (and SMTP_CA_FILE's certificates).
 *
 * The rule: a password in SMTP_URL is only ever sent inside TLS. With `smtp://` and credentials
 * the portal requires STARTTLS (nodemailer's `requireTLS`): a server that does not offer it, or a
 * network that strips it from the greeting, gets no AUTH, and the mail stays in the outbox. By
 * default nodemailer would log in over plain text after such a greeting (tested in
 * smtp-starttls.test.ts). The server's certificate is always verified; a city with its own CA
 * names it in SMTP_CA_FILE instead of turning verification off.
 */
export function smtpTransportOptions(smtpUrl: string, extraCa: readonly string[] = []): SMTPTransport.Options {
  const parsed = parseConnectionUrl(smtpUrl);
  const credentials = Boolean(parsed.auth && (parsed.auth.user || parsed.auth.pass));
  return {
    ...parsed,
    ...(credentials && !parsed.secure ? { requireTLS: true, ignoreTLS: false, opportunisticTLS: false } : {}),
    tls: {
      ...parsed.tls,
      // `ca` replaces Node's trust store; the city's own CA comes in addition to the public ones.
      ...(extraCa.length ? { ca: [...rootCertificates, ...extraCa] } : {}),
      rejectUnauthorized: true,
    },
    // Short timeouts: a mail server that hangs delays only the next pass, never the worker for minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  };
}

export function smtpTransport(smtpUrl: string, extraCa: readonly string[] = []): Transporter {
  return nodemailer.createTransport(smtpTransportOptions(smtpUrl, extraCa));
}

/**
 * A 5xx that concerns this mail (its recipient refused, its content refused) is final. A refusal
 * of the session itself (STARTTLS missing, login refused, sender not allowed) is the city's
 * configuration: the mail waits for it to be mended rather than being dropped.
 */
export function isPermanentRefusal(err: unknown): boolean {
  const { responseCode, command } = err as { responseCode?: number; command?: string };
  return typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600 && (command === 'RCPT TO' || command === 'DATA');
}
