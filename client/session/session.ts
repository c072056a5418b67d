import { computed, signal } from '@preact/signals';
import { apiFetch, isUnauthenticated } from '../api/api-client';
import { clearJournal } from '../data/input-journal';
import { startUserData, stopUserData } from '../data/user-data';
import { readCachedUser, removeCachedUser, writeCachedUser } from './cached-user';
import { worksCases } from '../../domain/staff/roles';
import type { User } from './user';
import type { ResponseOf } from '../../domain/api';

/** The signed-in person, or null. Restored from the device first, then confirmed by the server. */
export const currentUser = signal<User | null>(null);

/**
 * False until `/api/auth/session` has answered (or failed) once. Until then a missing user may only
 * mean "not known yet": someone opening a bookmark with a valid session cookie but no cached
 * user must not be sent to the login page.
 */
export const sessionChecked = signal(false);

/** True once the server said the session ended (cookie expired) — the login page explains it. */
export const sessionExpired = signal(false);

export const isCitizen = computed(() => currentUser.value?.role === 'citizen');
export const isClerk = computed(() => Boolean(currentUser.value && worksCases(currentUser.value.role)));

/** Called when the server answers 401: stop syncing, keep every local draft, ask for a login. */
export function handleUnauthenticated(): void {
  if (!currentUser.value) return;
  void stopUserData({ removeData: false });
  removeCachedUser();
  currentUser.value = null;
  sessionExpired.value = true;
}

function signIn(user: User): void {
  const previous = currentUser.value;
  const normalized = { ...user, profile: user.profile ?? {} };
  writeCachedUser(normalized);
  currentUser.value = normalized;
  sessionExpired.value = false;
  if (previous && previous.id !== normalized.id) void stopUserData({ removeData: false });
  if (normalized.role === 'citizen') startUserData(normalized, { onUnauthenticated: handleUnauthenticated });
}

/**
 * Restores the session: the cached user at once (so the portal works offline after a reload),
 * then `/api/auth/session` decides (200 with `user: null` when nobody is signed in, so an
 * anonymous visit logs no error). Unreachable server → keep the cached user.
 */
export async function restoreSession(): Promise<void> {
  const cached = readCachedUser();
  if (cached) signIn(cached);
  try {
    const { user } = await apiFetch<ResponseOf<'auth.session'>>('/api/auth/session');
    if (user) signIn(user);
    else handleUnauthenticated();
  } catch (error) {
    if (isUnauthenticated(error)) handleUnauthenticated();
    // Any other failure: offline or server down — the cached user stays signed in locally.
  } finally {
    sessionChecked.value = true;
  }
}

export async function login(email: string, password: string): Promise<User> {
  const { user } = await apiFetch<ResponseOf<'auth.login'>>('/api/auth/login', { body: { email, password } });
  signIn(user);
  return user;
}

/**
 * Registers and logs in with the password just chosen. The server answers a new address and
 * one that already has an account alike (no account probing), so only this login tells: it
 * fails with `invalid_credentials` exactly when the address belonged to someone already.
 */
export async function register(email: string, password: string, name: string): Promise<User> {
  await apiFetch('/api/auth/register', { body: { email, password, name } });
  return login(email, password);
}

/** Caches a service worker or this app may have filled with a person's data (never the app shell). */
const USER_CACHE_PREFIX = 'bp-user';

async function clearUserCaches(): Promise<void> {
  if (typeof caches === 'undefined') return;
  const names = await caches.keys();
  await Promise.all(names.filter((n) => n.startsWith(USER_CACHE_PREFIX)).map((n) => caches.delete(n)));
}

/**
 * Logs out and leaves nothing of the person readable on the device: the server session, the
 * RxDB database (db.remove()), the cached user and user caches. The language choice stays.
 * Callers warn about unsent requests first (see LogoutPage).
 */
export async function logout(): Promise<void> {
  // A BundID session also ends at the provider when it offers that (RP-initiated logout).
  const viaBundId = Boolean(currentUser.value?.login);
  const serverLogout = viaBundId
    ? apiFetch<ResponseOf<'auth.bundid.logout'>>('/api/auth/bundid/logout', { method: 'POST', body: {} }).catch(() => undefined)
    : apiFetch('/api/auth/logout', { method: 'POST', body: {} }).catch(() => undefined);
  await stopUserData({ removeData: true });
  removeCachedUser();
  clearJournal();
  await clearUserCaches().catch(() => undefined);
  currentUser.value = null;
  sessionExpired.value = false;
  const answer = (await serverLogout) as Partial<ResponseOf<'auth.bundid.logout'>> | undefined;
  if (answer?.endSessionUrl) location.assign(answer.endSessionUrl);
}

/** A same-site path to return to after login; anything else (other hosts, `//x`) is ignored. */
export function safeReturnPath(value: string | undefined): string | undefined {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return undefined;
  return value;
}
