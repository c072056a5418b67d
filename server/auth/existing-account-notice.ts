import type { Logger } from 'pino';

/**
 * Someone tried to register an address that already has an account. The answer they got is the
 * same as for a new account (no account probing); the owner is the one to tell. Hook for the
 * e-mail to the owner ("Someone tried to register with your address; log in or reset your
 * password"), which the issue on accounts and e-mail sends once outgoing mail exists. Until then
 * it is only logged, without the address.
 */
export async function noticeRegistrationForExistingAccount(_email: string, logger?: Logger): Promise<void> {
  logger?.info('registration for an address that already has an account; owner notice pending (no mail yet)');
}
