import { useEffect, useRef } from 'preact/hooks';

/**
 * Calls `load` now, every `intervalMs` while the page is visible, and when the window regains
 * focus — so a clerk coming back to the inbox sees new requests at once. A new `key` (another
 * view) loads at once.
 */
export function useRefresh(load: () => Promise<void>, intervalMs: number, key = ''): void {
  const latest = useRef(load);
  latest.current = load;
  useEffect(() => {
    let running = false;
    const run = async () => {
      if (running || document.visibilityState === 'hidden') return;
      running = true;
      try {
        await latest.current();
      } finally {
        running = false;
      }
    };
    void run();
    const timer = setInterval(run, intervalMs);
    window.addEventListener('focus', run);
    document.addEventListener('visibilitychange', run);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', run);
      document.removeEventListener('visibilitychange', run);
    };
  }, [intervalMs, key]);
}
