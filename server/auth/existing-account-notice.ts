import type { Request } from 'express';
import type { Logger } from 'pino';
import { profileUiLanguage } from '../../domain/profile';
import { requestLanguage } from '../http/i18n';
import type { Mailer } from '../mail';
import type { Store } from '../store';
import { findUserByEmail, normalizeEmail } from './users';

/** Notices per address and hour, per process: registering someone's address again and again floods no inbox. */
const PER_HOUR = 3;
const sent = new Map<string, number[]>();

function allowed(email: string, now = Date.now()): boolean {
  const recent = (sent.get(email) ?? []).filter((t) => now - t < 3_600_000);
  if (recent.length >= PER_HOUR) return false;
  sent.set(email, [...recent, now]);
  // Forget addresses whose hour has passed, so the map stays small.
  if (sent.size > 10_000) for (const [key, times] of sent) if (times.every((t) => now - t >= 3_600_000)) sent.delete(key);
  return true;
}

export interface ExistingAccountMail {
  store: Store;
  mailer: Mailer;
  publicBase: () => string;
}

/**
 * Someone tried to register an address that already has an account. The answer they got is the
 * same as for a new account (no account probing); the owner is the one to tell, by mail: "you
 * already have an account; forgot the password? set a new one here".
 */
export async function noticeRegistrationForExistingAccount(email: string, req: Request, mail: ExistingAccountMail | undefined, logger?: Logger): Promise<void> {
  const address = normalizeEmail(email);
  if (!mail || !allowed(address)) {
    logger?.info('registration for an address that already has an account; no notice sent');
    return;
  }
  const owner = await findUserByEmail(mail.store, address);
  if (!owner?.active) return;
  await mail.mailer.send({
    to: owner.email,
    kind: 'existingAccount',
    language: profileUiLanguage(owner.profile) ?? requestLanguage(req),
    params: { link: `${mail.publicBase()}/passwort-vergessen` },
  });
}
