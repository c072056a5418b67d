import { keepVerifiedFields, type Identity } from '../../domain/account/identity';
import type { Profile } from '../../domain/profile';
import { refreshOwnerSearchWords } from '../requests';
import { isConflict, type Store } from '../store';

interface UserDoc {
  _id: string;
  _rev: string;
  name: string;
  email: string;
  role: string;
  createdAt?: string;
  profile?: Profile;
  /** A linked BundID login (server/auth/oidc): the profile fields it confirmed. */
  identity?: Identity;
  /** Set with a new name until every request's search words follow it (server/requests/search-words.ts). */
  searchWordsPending?: boolean;
}

/**
 * Stores a checked profile on the user's document. The newer edit wins (device clocks, stamped
 * at each change): a device that was offline for a week must not overwrite today's edit from
 * another. A profile name also becomes the account's name, which clerks see. Fields BundID
 * confirmed keep BundID's value whatever is sent (a new BundID login changes them): a forged or
 * stale edit is answered with the profile as kept, so the device shows what holds.
 */
export async function saveProfile(store: Store, userId: string, profile: Profile): Promise<Profile> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const doc = (await store.users.get(`user:${userId}`)) as UserDoc;
    const current = doc.profile ?? {};
    if (current.updatedAt && profile.updatedAt && current.updatedAt > profile.updatedAt) return current;
    const next: Profile = { ...keepVerifiedFields(profile, current, doc.identity), updatedAt: profile.updatedAt ?? new Date().toISOString() };
    try {
      const renamed = Boolean(next.name && next.name !== doc.name);
      // Clerks find a case by the citizen's name: the cases' search words follow the new one. The
      // mark goes with the name in one write, so a crash before the words are done is repaired at start.
      await store.users.insert({ ...doc, profile: next, ...(next.name ? { name: next.name } : {}), ...(renamed ? { searchWordsPending: true } : {}) });
      if (renamed) await refreshOwnerSearchWords(store, userId, next.name!);
      return next;
    } catch (err) {
      // Another write (a second device, a login) came between read and write: read again.
      if (!isConflict(err)) throw err;
    }
  }
  throw new Error('profile write kept conflicting');
}

export async function readUserDoc(store: Store, userId: string): Promise<UserDoc> {
  return (await store.users.get(`user:${userId}`)) as UserDoc;
}
