import { createHmac, timingSafeEqual } from 'node:crypto';
import type { TrustLevel } from '../../../domain/account/trust-level';

/**
 * What a BundID login must remember between leaving for the provider and coming back: the
 * state, nonce and PKCE verifier the answer is checked against, and where to go afterwards. Kept
 * in a short-lived, HMAC-signed, httpOnly cookie of this browser only, so a callback in another
 * browser (a login CSRF) finds no transaction, and nothing waits in the store.
 */
export interface LoginTransaction {
  state: string;
  nonce: string;
  verifier: string;
  /** Where the app goes afterwards (a path of the app). */
  weiter?: string;
  niveau?: TrustLevel;
  /** Set when a signed-in password account asked to link BundID: only that account may be linked. */
  linkUserId?: string;
  lng?: string;
  /** Epoch ms after which the transaction is void. */
  expires: number;
}

export const TRANSACTION_COOKIE = 'bp_bundid';
export const TRANSACTION_MINUTES = 10;

function sign(secret: string, payload: string): string {
  return createHmac('sha256', `bundid-transaction:${secret}`).update(payload).digest('base64url');
}

export function sealTransaction(secret: string, transaction: LoginTransaction): string {
  const payload = Buffer.from(JSON.stringify(transaction)).toString('base64url');
  return `${payload}.${sign(secret, payload)}`;
}

/** The transaction in the cookie, or undefined when absent, tampered with or expired. */
export function openTransaction(secret: string, sealed: string | undefined, now = Date.now()): LoginTransaction | undefined {
  if (!sealed || sealed.length > 4000) return undefined;
  const [payload, mac] = sealed.split('.');
  if (!payload || !mac) return undefined;
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const transaction = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as LoginTransaction;
    return transaction.expires > now ? transaction : undefined;
  } catch {
    return undefined;
  }
}
