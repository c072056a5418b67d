/**
 * Resolves once the page's first contentful paint has reached the screen. A `requestAnimationFrame`
 * callback followed by a timer is not that on a busy phone: the timer fired while the frame was
 * still being painted, and RxDB's ~110 KB download then shared the line with the page it was to
 * wait for (issue 17: a signed-in question's LCP). The browser's own paint timing says when.
 */
const SAFETY_MS = 5000;

/** `safetyMs`: how long at most to wait for a paint that may never be reported. */
export function whenFirstPainted(safetyMs = SAFETY_MS): Promise<void> {
  return new Promise((resolve) => {
    if (typeof window === 'undefined' || typeof requestAnimationFrame === 'undefined') return resolve();
    // A tab out of sight paints nothing until shown: what waits for the paint need not wait then.
    if (document.visibilityState === 'hidden') return resolve();
    const afterFrame = () => requestAnimationFrame(() => setTimeout(resolve, 0));
    if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) return afterFrame();
    // Whatever happens to the paint, nothing waits for it for ever.
    const safety = setTimeout(done, safetyMs);
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) done();
    });
    function done(): void {
      observer?.disconnect();
      clearTimeout(safety);
      setTimeout(resolve, 0);
    }
    observer.observe({ type: 'paint', buffered: true });
  });
}
