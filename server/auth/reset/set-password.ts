import { updateDocument, type Store } from '../../store';
import { hashPassword } from '../passwords';

interface PasswordFields {
  _id: string;
  _rev?: string;
  type: string;
  passwordHash: string;
  /** Tokens issued before this no longer reset the password. */
  passwordChangedAt?: string;
  updatedAt?: string;
  invitedAt?: string;
}

/**
 * Sets a new password (hashed), read and written with the user's `_rev`. With `onlyIf`, the
 * account as read right before the write must still pass it, else nothing is written (false).
 */
export async function setPassword(store: Store, userId: string, password: string, now = new Date(), onlyIf?: (doc: PasswordFields) => boolean): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  const written = await updateDocument<PasswordFields>(store.users, `user:${userId}`, (doc) => {
    if (!doc || doc.type !== 'user') throw new Error(`no user ${userId}`);
    if (onlyIf && !onlyIf(doc)) return undefined;
    return { ...doc, passwordHash, passwordChangedAt: now.toISOString(), updatedAt: now.toISOString() };
  });
  return Boolean(written);
}

/** When the password was last set (tokens issued before it are void). */
export async function passwordChangedAt(store: Store, userId: string): Promise<string | undefined> {
  const doc = (await store.users.get(`user:${userId}`).catch(() => undefined)) as PasswordFields | undefined;
  return doc?.passwordChangedAt;
}
