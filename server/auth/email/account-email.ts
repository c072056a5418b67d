import { getOrNull, isConflict, updateDocument, type Store } from '../../store';
import { claimEmail, claimId, EmailTakenError } from '../email-claim';
import { normalizeEmail, type UserDoc } from '../users';

/** Marks the account's address as confirmed, if `email` is still its address. */
export async function markEmailConfirmed(store: Store, userId: string, email: string, now = new Date()): Promise<boolean> {
  let confirmed = false;
  await updateDocument<UserDoc>(store.users, `user:${userId}`, (doc) => {
    confirmed = false;
    if (!doc || doc.type !== 'user' || doc.email !== normalizeEmail(email)) return undefined;
    confirmed = true;
    if (!doc.emailUnconfirmed) return undefined;
    const { emailUnconfirmed: _done, ...rest } = doc;
    return { ...rest, updatedAt: now.toISOString() };
  });
  return confirmed;
}

/** Remembers the address a person asked to move to; the old one stays in use until it is confirmed. */
export async function setPendingEmail(store: Store, userId: string, email: string, now = new Date()): Promise<void> {
  await updateDocument<UserDoc>(store.users, `user:${userId}`, (doc) => {
    if (!doc || doc.type !== 'user') throw new Error(`no user ${userId}`);
    return { ...doc, pendingEmail: normalizeEmail(email), updatedAt: now.toISOString() };
  });
}

/**
 * Moves the account to its confirmed new address: the new address is claimed first (so no
 * other account can take it in between), then the user written, then the old claim released.
 * Throws EmailTakenError when another account holds the new address by now.
 */
export async function moveToEmail(store: Store, userId: string, email: string, now = new Date()): Promise<'moved' | 'outdated'> {
  const next = normalizeEmail(email);
  const user = await getOrNull<UserDoc>(store.users, `user:${userId}`);
  if (!user || user.type !== 'user' || user.pendingEmail !== next) return 'outdated';
  const claim = await getOrNull<{ userId: string }>(store.users, claimId(next));
  if (claim?.userId !== userId) await claimEmail(store, next, userId, now);
  const old = user.email;
  await updateDocument<UserDoc>(store.users, `user:${userId}`, (doc) => {
    if (!doc || doc.type !== 'user') throw new Error(`no user ${userId}`);
    const { pendingEmail: _moved, emailUnconfirmed: _confirmed, ...rest } = doc;
    return { ...rest, email: next, updatedAt: now.toISOString() };
  });
  if (old !== next) await releaseClaim(store, old, userId);
  return 'moved';
}

async function releaseClaim(store: Store, email: string, userId: string): Promise<void> {
  const claim = await getOrNull<{ _id: string; _rev: string; userId: string }>(store.users, claimId(email));
  if (claim?.userId !== userId) return;
  try {
    await store.users.destroy(claim._id, claim._rev);
  } catch (err) {
    // Released by a second confirmation at the same moment: the address is free either way.
    if (!isConflict(err)) throw err;
  }
}

export { EmailTakenError };
