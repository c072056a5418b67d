import type { Identity } from './identity';

/**
 * What an account carries that says the person behind it is known: a confirmed e-mail address
 * (set by the e-mail confirmation) or a verified identity (a BundID login, see identity.ts).
 */
export interface AccountVerification {
  /** When the login address was confirmed by its link; absent until then. */
  emailConfirmedAt?: string;
  /** Set by a BundID login: `{ provider: 'bundid', sub, trustLevel, verifiedAt, … }`. */
  identity?: Identity;
}

/**
 * Whether an account may send requests: drafting works at once, sending needs a confirmed
 * address or a BundID login (issue 13, "Accounts"), since BundID has proven who it is.
 */
export function maySubmit(account: AccountVerification): boolean {
  return Boolean(account.emailConfirmedAt) || account.identity?.provider === 'bundid';
}
