import { isUser, type User } from './user';

/**
 * The last user `/api/auth/me` confirmed, kept so that the portal opens offline after a reload
 * with the citizen's drafts. It holds personal data, so logout removes it.
 */
export const CACHED_USER_KEY = 'bp-user';

export function readCachedUser(storage: Pick<Storage, 'getItem'> = localStorage): User | null {
  try {
    const raw = storage.getItem(CACHED_USER_KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    return isUser(parsed) ? { ...parsed, profile: parsed.profile ?? {} } : null;
  } catch {
    return null;
  }
}

export function writeCachedUser(user: User, storage: Pick<Storage, 'setItem'> = localStorage): void {
  try {
    storage.setItem(CACHED_USER_KEY, JSON.stringify(user));
  } catch {
    // Without storage the portal still works online; offline reloads then need a login.
  }
}

export function removeCachedUser(storage: Pick<Storage, 'removeItem'> = localStorage): void {
  try {
    storage.removeItem(CACHED_USER_KEY);
  } catch {
    // nothing was stored then
  }
}
