import { effect } from '@preact/signals';
import type { UserDatabase } from '../data/rxdb-database';
import { serverReachable } from '../data/sync-state';
import { userDatabase } from '../data/user-data';
import { currentUser } from '../session/session';
import { readLocalProfile, reconcileProfile, sendUnsentProfile } from './profile-store';

const watched = new WeakSet<UserDatabase>();
const RETRY_MS = [2000, 5000, 15000, 60000];

/**
 * Once per database: reconcile with the server's copy, then send unsent edits whenever the
 * connection may be back — the `online` event, the replication reaching the server again, and
 * retries with growing pauses (the first request after reconnecting can still fail).
 */
export function keepProfileInSync(db: UserDatabase): void {
  if (watched.has(db)) return;
  watched.add(db);
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const current = () => userDatabase.value === db;
  const trySend = async () => {
    clearTimeout(timer);
    if (!current()) return;
    const done = await sendUnsentProfile(db).catch(() => false);
    const unsent = (await readLocalProfile(db).catch(() => undefined))?.unsent;
    if (done || !unsent || !current()) {
      attempt = 0;
      return;
    }
    timer = setTimeout(() => void trySend(), RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]);
  };
  // Again whenever the server's word on the user changes (/api/auth/me after start-up may bring
  // an edit made on another device); an unsent edit of this device still goes first.
  const stopReconciling = effect(() => {
    const serverProfile = currentUser.value?.profile;
    if (!current()) return queueMicrotask(() => stopReconciling());
    void reconcileProfile(db, serverProfile)
      .catch(() => undefined)
      .then(() => trySend());
  });
  const onOnline = () => {
    if (!current()) return window.removeEventListener('online', onOnline);
    attempt = 0;
    void trySend();
  };
  window.addEventListener('online', onOnline);
  const stop = effect(() => {
    if (!current()) return queueMicrotask(() => stop());
    if (serverReachable.value) void trySend();
  });
}
