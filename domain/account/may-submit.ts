/**
 * What the portal knows about how an account proved who is behind it: an e-mail address
 * confirmed by its link, or (when a city connects it) a verified BundID login.
 */
export interface SubmitStanding {
  /** The account's address was confirmed by the link in the confirmation mail (or predates the rule). */
  emailConfirmed?: boolean;
  /** A verified BundID login (server/auth/oidc): enough on its own, whatever the address's state. */
  identityVerified?: boolean;
  /** A linked identity (domain/account/identity.ts): a BundID one counts as verified. */
  identity?: { provider: string };
}

/**
 * The one rule for "may this account send (submit) a request": drafting is open to every account,
 * sending needs a way to reach the person — a confirmed address or a verified BundID login.
 * Asked by the server's sync push (the only way in for a submission) and by the app before it
 * offers "Absenden".
 */
export function maySubmit(account: SubmitStanding | null | undefined): boolean {
  return Boolean(account && (account.emailConfirmed === true || account.identityVerified === true || account.identity?.provider === 'bundid'));
}
