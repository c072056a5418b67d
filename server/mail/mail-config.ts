import { currentCity } from '../../domain/city/load-city';

/** Outgoing mail settings from the environment (README, "Konfiguration"). */
export interface MailConfig {
  /** The city's mail server, e.g. `smtp://user:pass@mail.example:587` (STARTTLS); unset: the built-in development mailbox. */
  smtpUrl?: string;
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

export function loadMailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
  const smtpUrl = env.SMTP_URL || undefined;
  if (smtpUrl && !/^smtps?:\/\/[^/\s]+/.test(smtpUrl)) throw new Error('SMTP_URL muss mit smtp:// oder smtps:// beginnen, z. B. smtp://benutzer:passwort@mail.example:587.');
  const from = (env.MAIL_FROM || DEFAULT_MAIL_FROM).trim();
  if (!/@[^@\s>]+\.[^@\s>]+>?$/.test(from)) throw new Error(`MAIL_FROM „${from}“ ist keine E-Mail-Adresse (z. B. „Stadt Werne <portal@werne.de>“).`);
  const retryBaseMs = 1000 * wholeNumber('MAIL_RETRY_SECONDS', env.MAIL_RETRY_SECONDS, 10) || 1000;
  return {
    smtpUrl,
    from,
    devMailboxPort: wholeNumber('DEV_MAILBOX_PORT', env.DEV_MAILBOX_PORT, 0),
    retryBaseMs,
    retryMaxMs: Math.max(retryBaseMs, 15 * 60_000),
    pollMs: Math.min(5_000, retryBaseMs),
  };
}
