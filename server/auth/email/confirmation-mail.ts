import type { Language } from '../../http/i18n';
import type { Mailer } from '../../mail';
import type { Store } from '../../store';
import { issueToken } from '../reset';
import type { SessionUser } from '../users';

/** A confirmation link lives a day: long enough to find the mail tomorrow morning. */
export const CONFIRM_HOURS = 24;

export interface ConfirmationMailDeps {
  store: Store;
  mailer: Mailer;
  secret: string;
  publicBase: () => string;
}

/**
 * Issues a confirmation token for `email` (the account's own address after registration, or the
 * new one it asked to move to) and queues the mail with its link. The token names the address it
 * confirms, so a link for an address the account no longer has confirms nothing.
 */
export async function sendConfirmationMail(deps: ConfirmationMailDeps, user: Pick<SessionUser, 'id'>, email: string, language: Language, change = false): Promise<void> {
  const token = await issueToken(deps.store, deps.secret, {
    userId: user.id,
    purpose: change ? 'emailChange' : 'confirm',
    ttlMs: CONFIRM_HOURS * 3_600_000,
    subject: email,
  });
  // In the fragment, as the reset link: never in a server log or a Referer header.
  const link = `${deps.publicBase()}/email-bestaetigen#${token}`;
  await deps.mailer.send({ to: email, kind: change ? 'emailChange' : 'emailConfirm', language, params: { link, hours: CONFIRM_HOURS } });
}
