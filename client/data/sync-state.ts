import { computed, signal } from '@preact/signals';

/**
 * What the header's status line says about this device's requests. Exactly three states are
 * shown to citizens (see locales `common:sync.*`); `hidden` when there is nothing to sync
 * (no one logged in, a clerk, or the database not open yet).
 */
export type SyncState = 'hidden' | 'savedLocally' | 'waiting' | 'allSent';

export interface SyncInputs {
  active: boolean;
  pending: number;
  online: boolean;
  reachable: boolean;
}

export function deriveSyncState({ active, pending, online, reachable }: SyncInputs): SyncState {
  if (!active) return 'hidden';
  if (pending === 0) return 'allSent';
  return online && reachable ? 'savedLocally' : 'waiting';
}

/** The browser's own guess; `false` is reliable, `true` only means "a network exists". */
export const browserOnline = signal(typeof navigator === 'undefined' ? true : navigator.onLine);
/** Did the last sync call reach our server? */
export const serverReachable = signal(true);
/**
 * Whether this device can reach our server right now: the browser must think a network exists
 * (its `false` is reliable) and the last call must have got through (its `true` is not: seen in
 * Chromium after a navigation while offline, and behind captive portals).
 */
export const connected = computed(() => browserOnline.value && serverReachable.value);
/** Requests with local changes the server has not confirmed (pending-push tracker). */
export const pendingRequestIds = signal<readonly string[]>([]);
/** The citizen's database is open and replicating. */
export const syncActive = signal(false);
/**
 * The first pull since the database opened has finished. Until then an empty list on this
 * device only means "not here yet" (a new device), so pages say "syncing", not "no requests".
 */
export const firstPullDone = signal(false);

export const syncState = computed<SyncState>(() =>
  deriveSyncState({
    active: syncActive.value,
    pending: pendingRequestIds.value.length,
    online: browserOnline.value,
    reachable: serverReachable.value,
  }),
);

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => (browserOnline.value = true));
  window.addEventListener('offline', () => (browserOnline.value = false));
}
