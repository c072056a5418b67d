import { maySubmit } from '../../domain/account/may-submit';
import type { ResponseOf } from '../../domain/api';
import { apiFetch } from '../api/api-client';
import { writeCachedUser } from './cached-user';
import { currentUser } from './session';
import type { User } from './user';

/**
 * Whether this person still has to confirm their address before sending. A user cached before
 * the field existed counts as confirmed here: the server decides in the end (sync push), this
 * only saves the citizen a refused push.
 */
export function awaitsConfirmation(user: User | null | undefined): boolean {
  return Boolean(user && user.role === 'citizen' && !maySubmit({ ...user, emailConfirmed: user.emailConfirmed ?? true }));
}

/** Asks the server again (the link may have been opened on another device) and updates the signed-in user. */
export async function refreshStanding(): Promise<User | null> {
  const { user } = await apiFetch<ResponseOf<'auth.session'>>('/api/auth/session');
  const signedIn = currentUser.value;
  if (user && signedIn && user.id === signedIn.id) {
    const next = { ...user, profile: user.profile ?? {} };
    writeCachedUser(next);
    currentUser.value = next;
  }
  return currentUser.value;
}

/** Before "Absenden": true when the signed-in person may send now (asked again if the device thinks not). */
export async function maySendNow(): Promise<boolean> {
  if (!awaitsConfirmation(currentUser.value)) return true;
  try {
    await refreshStanding();
  } catch {
    // Offline: the device's knowledge stands; the draft stays a draft until the address is confirmed.
  }
  return !awaitsConfirmation(currentUser.value);
}
