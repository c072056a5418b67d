import { readFileSync } from 'node:fs';
import { currentCity } from '../../domain/city/load-city';

/** Outgoing mail settings from the environment (README, "Konfiguration"). */
export interface MailConfig {
  /** The city's mail server, e.g. `smtp://user:pass@mail.example:587` (STARTTLS); unset: the built-in development mailbox. */
  smtpUrl?: string;
  /** Certificates of the city's own CA (SMTP_CA_FILE, PEM), trusted for the mail server besides the public ones. */
  smtpCa?: string[];
  /** Sender address of every mail. */
  from: string;
  /** Port of the built-in development mailbox's page (0: any free one); its SMTP port is always a free one. */
  devMailboxPort: number;
  /** First retry after this many ms; each further one waits twice as long, up to `retryMaxMs`. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** How often the sender looks for mail whose retry is due, besides being woken by new mail. */
  pollMs: number;
}

/** The city's own sender (domain/city), unless MAIL_FROM says otherwise. */
export const DEFAULT_MAIL_FROM = currentCity().mailFrom;

function wholeNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${name} muss eine ganze Zahl zwischen 0 und 65535 sein, nicht „${value}“.`);
  return n;
}

/** Read once at start: a missing or unreadable file stops the start with its name, not the first mail. */
function readCaFile(file: string, hasSmtpUrl: boolean): string[] {
  if (!hasSmtpUrl) throw new Error('SMTP_CA_FILE gilt nur zusammen mit SMTP_URL (das Entwicklungs-Postfach spricht kein TLS).');
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`SMTP_CA_FILE „${file}“ ist nicht lesbar: ${(err as Error).message}`);
  }
  const certificates = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g);
  if (!certificates) throw new Error(`SMTP_CA_FILE „${file}“ enthält kein Zertifikat im PEM-Format (-----BEGIN CERTIFICATE-----).`);
  return certificates;
}

export function loadMailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
  const smtpUrl = env.SMTP_URL || undefined;
  if (smtpUrl && !/^smtps?:\/\/[^/\s]+/.test(smtpUrl)) throw new Error('SMTP_URL muss mit smtp:// oder smtps:// beginnen, z. B. smtp://benutzer:passwort@mail.example:587.');
  if (smtpUrl && /[?&]tls\.rejectUnauthorized=(false|0)\b/i.test(smtpUrl)) {
    throw new Error('SMTP_URL darf die Prüfung des Server-Zertifikats nicht abschalten; für eine eigene Zertifizierungsstelle der Stadt SMTP_CA_FILE setzen.');
  }
  const smtpCa = env.SMTP_CA_FILE ? readCaFile(env.SMTP_CA_FILE, Boolean(smtpUrl)) : undefined;
  const from = (env.MAIL_FROM || DEFAULT_MAIL_FROM).trim();
  if (!/@[^@\s>]+\.[^@\s>]+>?$/.test(from)) throw new Error(`MAIL_FROM „${from}“ ist keine E-Mail-Adresse (z. B. „Stadt Werne <portal@werne.de>“).`);
  const retryBaseMs = 1000 * wholeNumber('MAIL_RETRY_SECONDS', env.MAIL_RETRY_SECONDS, 10) || 1000;
  return {
    smtpUrl,
    smtpCa,
    from,
    devMailboxPort: wholeNumber('DEV_MAILBOX_PORT', env.DEV_MAILBOX_PORT, 0),
    retryBaseMs,
    retryMaxMs: Math.max(retryBaseMs, 15 * 60_000),
    pollMs: Math.min(5_000, retryBaseMs),
  };
}
