import { signal } from '@preact/signals';
import type { User } from '../session/user';
import { pendingIds, type PendingEntries } from './pending-push';
import type { UserDatabase } from './rxdb-database';
import { firstPullDone, pendingRequestIds, serverReachable, syncActive } from './sync-state';
import { flushWrites } from './local-writes';
import { replayInputJournal } from './request-store';
import { databaseNameFor } from './database-name';
import { whenFirstPainted } from '../pwa/first-paint';
import { allFiles, closeFileStore, deleteFileStore, openFileStore } from './files/file-store';

/**
 * Opens and closes the signed-in citizen's data: their RxDB database, its replication and the
 * pending-push record. Clerks have none (they use the server's API directly).
 */
export const userDatabase = signal<UserDatabase | null>(null);
/** Set when the database could not be opened (e.g. storage blocked); pages say so. */
export const databaseFailed = signal(false);

let openFor: string | undefined;
let opening: Promise<UserDatabase | null> | undefined;
/** Identifies the latest open; an open that finds itself outdated closes again. */
let openToken: object | undefined;
let stopWatchingPending: (() => void) | undefined;
let readyWaiters: ((db: UserDatabase) => void)[] = [];
let uploadQueue: Promise<typeof import('./files/upload-queue')> | undefined;

export function startUserData(user: User, options: { onUnauthenticated(): void }): void {
  if (openFor === user.id) return;
  openFor = user.id;
  databaseFailed.value = false;
  // Chosen files live in a small store of their own, uploaded by a queue (see data/files/).
  openFileStore(databaseNameFor(user.id));
  // The queue is loaded after the first paint, like RxDB: no page waits for it (a signed-in
  // question's first paint had it among its requests, issue 17).
  uploadQueue = whenFirstPainted().then(() => import(/* webpackChunkName: "files" */ './files/upload-queue'));
  const key = databaseNameFor(user.id);
  void uploadQueue.then((queue) => queue.startUploadQueue(key)).catch(() => undefined);
  const token = {};
  openToken = token;
  opening = (async () => {
    await whenFirstPainted();
    const { openUserDatabase } = await import(/* webpackChunkName: "rxdb" */ './rxdb-database');
    const db = await openUserDatabase(user.id, {
      onReachability: (reachable) => (serverReachable.value = reachable),
      onUnauthenticated: options.onUnauthenticated,
    });
    if (openToken !== token) {
      // Logged out (or someone else logged in) while this was opening.
      await db.close();
      return null;
    }
    await replayInputJournal(db).catch((error: unknown) => console.error('Could not replay typed input', error));
    stopWatchingPending = db.watchPending((entries: PendingEntries) => {
      const ids = pendingIds(entries);
      const current = pendingRequestIds.value;
      // Keep the same array when nothing changed, so the status line is not re-rendered.
      if (ids.length !== current.length || ids.some((id, i) => id !== current[i])) pendingRequestIds.value = ids;
    });
    userDatabase.value = db;
    syncActive.value = true;
    // The profile syncs on its own (an edit made offline goes up when the connection returns).
    void import(/* webpackChunkName: "city" */ '../profile/profile-sync').then((m) => m.keepProfileInSync(db));
    readyWaiters.forEach((resolve) => resolve(db));
    readyWaiters = [];
    return db;
  })().catch((error: unknown) => {
    console.error('Could not open the local database', error);
    if (openToken === token) databaseFailed.value = true;
    return null;
  });
}

/** The open database; waits while it opens. Never resolves for clerks or logged-out visitors. */
export function whenDatabaseReady(): Promise<UserDatabase> {
  const db = userDatabase.value;
  if (db) return Promise.resolve(db);
  return new Promise((resolve) => readyWaiters.push(resolve));
}

/**
 * Closes the database (session expired: data stays for the next login) or deletes it (logout).
 * Pending local writes are stored first, so nothing typed is lost by closing.
 */
export async function stopUserData({ removeData, userId }: { removeData: boolean; userId?: string }): Promise<void> {
  const current = opening;
  const id = openFor ?? userId;
  opening = undefined;
  openToken = undefined;
  openFor = undefined;
  await flushWrites().catch(() => undefined);
  const queue = uploadQueue;
  uploadQueue = undefined;
  if (queue) (await queue.catch(() => undefined))?.stopUploadQueue();
  if (removeData && id) await deleteFileStore(databaseNameFor(id));
  else closeFileStore();
  const db = (await current) ?? userDatabase.value;
  stopWatchingPending?.();
  stopWatchingPending = undefined;
  userDatabase.value = null;
  syncActive.value = false;
  firstPullDone.value = false;
  pendingRequestIds.value = [];
  serverReachable.value = true;
  if (db) {
    if (removeData) await db.remove();
    else await db.close();
  } else if (removeData && id) {
    const { removeUserDatabase } = await import(/* webpackChunkName: "rxdb" */ './rxdb-database');
    await removeUserDatabase(id);
  }
}

/**
 * How many requests have changes the server has not confirmed — read from the database itself
 * after all typing is stored, so the logout warning is right even a moment after a keystroke.
 * `undefined` when it cannot be known (database not open within a few seconds).
 */
export async function countUnsentRequests(): Promise<number | undefined> {
  await flushWrites().catch(() => undefined);
  const db = await Promise.race([
    whenDatabaseReady(),
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 3000)),
  ]);
  if (!db) return undefined;
  // A photo not yet uploaded exists only on this device, just like an unsent change.
  const withFilesOnDevice = (await allFiles().catch(() => [])).filter((f) => f.state === 'stored' || f.state === 'uploading').map((f) => f.requestId);
  return new Set([...pendingIds(await db.readPending()), ...withFilesOnDevice]).size;
}
