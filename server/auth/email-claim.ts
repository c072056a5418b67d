import { getOrNull, isConflict, type Store } from '../store';

/**
 * An e-mail address belongs to one account: a document whose id is the address, so CouchDB
 * refuses a second claim (409) even across server processes. A registration writes the claim,
 * then the user; if it dies in between (a killed process, a store gone away), the claim points
 * at nobody. Such a claim is recognisable (its user document is missing) and, once older than
 * CLAIM_GRACE_MS, is taken over by the next registration: no address is ever stranded. The grace
 * keeps a registration that is merely slow (between its two writes) from being overtaken.
 */
export const CLAIM_GRACE_MS = 30_000;

export interface EmailClaim {
  _id: string;
  _rev?: string;
  type: 'email';
  userId: string;
  claimedAt?: string;
}

export class EmailTakenError extends Error {}

export function claimId(email: string): string {
  return `email:${email}`;
}

/** The claim document of a (normalised) address for `userId`. */
export function claimDoc(email: string, userId: string, now = new Date()): EmailClaim {
  return { _id: claimId(email), type: 'email', userId, claimedAt: now.toISOString() };
}

/** Claims the (normalised) address for `userId`, or throws EmailTakenError. */
export async function claimEmail(store: Store, email: string, userId: string, now = new Date()): Promise<void> {
  const claim = claimDoc(email, userId, now);
  try {
    await store.users.insert(claim as never);
    return;
  } catch (err) {
    if (!isConflict(err)) throw err;
  }
  const existing = await getOrNull<EmailClaim>(store.users, claim._id);
  if (!existing || !(await isStranded(store, existing, now))) throw new EmailTakenError(email);
  try {
    // With its _rev: of two registrations taking over the same claim, only one wins.
    await store.users.insert({ ...claim, _rev: existing._rev } as never);
  } catch (err) {
    if (isConflict(err)) throw new EmailTakenError(email);
    throw err;
  }
}

/** A claim whose user was never written, old enough that its registration cannot still be running. */
async function isStranded(store: Store, claim: EmailClaim, now: Date): Promise<boolean> {
  // Claims from before claimedAt existed are as old as can be.
  const age = now.getTime() - (claim.claimedAt ? Date.parse(claim.claimedAt) : 0);
  if (!(age >= CLAIM_GRACE_MS)) return false;
  return !(await getOrNull(store.users, `user:${claim.userId}`));
}
