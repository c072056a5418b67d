import { isStaffRole } from '../../../domain/staff/roles';
import type { Mailer } from '../../mail';
import { updateDocument, type Store } from '../../store';
import { issueToken } from '../reset';
import type { UserDoc } from '../users';

/** Three days: an invitation sent on Friday still works on Monday morning. */
export const INVITATION_HOURS = 72;

/** Where the invitation link leads: the page to choose the first password (the token rides in the fragment). */
export const INVITATION_PATH = '/zugang-einrichten';

export interface InvitationDeps {
  store: Store;
  mailer: Mailer;
  /** The session secret: the token is kept as its HMAC (server/auth/reset/one-time-tokens.ts). */
  secret: string;
  publicBase: () => string;
}

/** The account has its own password already: an invitation would only be a reset link by the administrator. */
export class InvitationNotPendingError extends Error {}

/**
 * Sends a staff account an invitation: a one-time token (the reset-token rule, purpose `invite`)
 * in a link to choose the first password. The account notes when; a link of an earlier
 * invitation stops working (accept-invitation.ts), so only the latest mail counts.
 */
export async function sendStaffInvitation(deps: InvitationDeps, userId: string, now = new Date()): Promise<void> {
  const invitedAt = now.toISOString();
  const written = await updateDocument<UserDoc>(deps.store.users, `user:${userId}`, (doc) => {
    if (!doc || doc.type !== 'user' || !isStaffRole(doc.role)) throw new Error(`not a staff account: ${userId}`);
    if (doc.passwordHash) throw new InvitationNotPendingError('password already set');
    return { ...doc, invitedAt };
  });
  const token = await issueToken(deps.store, deps.secret, { userId, purpose: 'invite', ttlMs: INVITATION_HOURS * 3_600_000 }, now);
  const link = `${deps.publicBase()}${INVITATION_PATH}#${token}`;
  // In German: staff accounts have no profile with a language, and the city's working language is German.
  await deps.mailer.send({ to: written!.email, kind: 'staffInvitation', language: 'de', params: { link, hours: INVITATION_HOURS } });
}

/** Whether a used invitation token still counts: the account is still waiting, and this is its latest invitation. */
export function invitationStillOpen(doc: { passwordHash: string; invitedAt?: string }, issuedAt: string): boolean {
  return !doc.passwordHash && Boolean(doc.invitedAt) && issuedAt >= doc.invitedAt!;
}
