/**
 * Registers the service worker (client/sw/service-worker.ts → /sw.js) and tells the app when a
 * new version of the portal is ready.
 *
 * The page never reloads by itself: a reload in the middle of a form would throw away what the
 * citizen is typing. The app shows a notice while `updateAvailable` is true, saves unsent input,
 * and then calls `applyUpdate()`.
 */
import { signal } from '@preact/signals';
import type { Workbox } from 'workbox-window';

/** True when a newer version is installed and waiting, or already took over from another tab. */
export const updateAvailable = signal(false);

/** Browsers check on navigation and daily; an app left open all day should notice earlier. */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

let workbox: Workbox | undefined;
let registration: ServiceWorkerRegistration | undefined;
/** Set once this page asked the waiting worker to take over; the next controller change reloads. */
let onControllerChange: (() => void) | undefined;
/** Another tab activated a newer version: this page runs old code under the new worker. */
let controlledByNewerVersion = false;

let registering = false;

/**
 * Call once, after the first paint; Workbox itself waits for the window's load event. Its code
 * (~2 KB gzip) is a chunk of its own, out of the first download.
 */
export function registerServiceWorker(): void {
  // Development builds ship only a worker that retires itself (retire-service-worker-plugin.ts).
  if (process.env.NODE_ENV !== 'production') return;
  if (!('serviceWorker' in navigator) || registering) return;
  registering = true;
  import(/* webpackChunkName: "workbox-window" */ 'workbox-window').then(
    ({ Workbox }) => register(new Workbox('/sw.js', { scope: '/' })),
    (error: unknown) => console.warn('Service worker registration failed', error),
  );
}

function register(started: Workbox): void {
  workbox = started;
  // Fires when a new worker finished installing, and right after registration if one was
  // already waiting from an earlier visit.
  workbox.addEventListener('waiting', () => {
    updateAvailable.value = true;
  });

  let controller = navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    const replacedAnOlderWorker = controller !== null;
    controller = navigator.serviceWorker.controller;
    if (onControllerChange) {
      onControllerChange();
    } else if (replacedAnOlderWorker) {
      // Not our doing: another tab applied the update. Offer the reload instead of forcing it.
      controlledByNewerVersion = true;
      updateAvailable.value = true;
    }
    // Otherwise this is the first install claiming the page: same code, nothing to do.
  });

  started
    .register()
    .then((result) => {
      registration = result;
      setInterval(checkForUpdate, UPDATE_CHECK_INTERVAL_MS);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') checkForUpdate();
      });
    })
    .catch((error: unknown) => {
      // The portal works without offline support; a failed registration must not break it.
      console.warn('Service worker registration failed', error);
    });
}

/** Asks the server for a newer /sw.js; harmless offline (the check simply fails). */
export function checkForUpdate(): void {
  workbox?.update().catch(() => undefined);
}

/**
 * Activates the waiting version and reloads the page once it is in control. Call only after
 * unsaved input has been stored locally.
 */
export function applyUpdate(): Promise<void> {
  if (!workbox || !registration) return Promise.resolve();
  if (!registration.waiting) {
    if (controlledByNewerVersion) window.location.reload();
    return Promise.resolve();
  }
  const waitingWorkbox = workbox;
  return new Promise((resolve) => {
    onControllerChange = () => {
      onControllerChange = () => undefined; // reload exactly once
      window.location.reload();
      resolve();
    };
    waitingWorkbox.messageSkipWaiting();
  });
}
