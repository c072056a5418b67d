/**
 * Stands in for the `unload` package (webpack alias in webpack.config.ts), which RxDB's leader
 * election (broadcast-channel) uses to give up leadership when a tab goes away. That package
 * listens to `unload` and `beforeunload`: an `unload` listener keeps the page out of the
 * back/forward cache and Chromium warns that the event is deprecated. `pagehide` fires in every
 * case `unload` did; when the page is only put into the back/forward cache (`persisted`), it is
 * not going away, so the tab keeps its leadership and carries on when it is shown again.
 * Same interface as `unload` 2.x (add/runAll/removeAll/getSize).
 */
type Listener = () => unknown;

const listeners = new Set<Listener>();
let listening = false;

function listen(): void {
  if (listening || typeof window === 'undefined' || typeof window.addEventListener !== 'function') return;
  listening = true;
  window.addEventListener('pagehide', (event: PageTransitionEvent) => {
    if (!event.persisted) void runAll();
  });
}

export function add(fn: Listener): { remove: () => boolean; run: () => unknown } {
  if (typeof fn !== 'function') throw new Error('Listener is no function');
  listen();
  listeners.add(fn);
  return {
    remove: () => listeners.delete(fn),
    run: () => {
      listeners.delete(fn);
      return fn();
    },
  };
}

export function runAll(): Promise<unknown[]> {
  const running = [...listeners].map((fn) => fn());
  listeners.clear();
  return Promise.all(running);
}

export function removeAll(): void {
  listeners.clear();
}

export function getSize(): number {
  return listeners.size;
}
