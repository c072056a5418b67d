/**
 * Entry `boot` of a prerendered page (client/app/prerendered-scripts.ts says why): starts the app
 * once the page is on screen. The browser's first-contentful-paint entry says when that is; a
 * frame callback (the fallback where paint timing is missing) comes earlier: on a loaded machine
 * the frame was still being drawn when the app's scripts were asked for and evaluated, and
 * Lighthouse counted both into the page's first paint.
 */
import { runAppScripts } from './app/prerendered-scripts';

/** A page opened in a background tab paints only once shown; its app starts by then anyway. */
const WITHOUT_PAINT_MS = 3000;

let started = false;
function start(): void {
  if (started) return;
  started = true;
  setTimeout(runAppScripts, 0);
}

if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    start();
  }).observe({ type: 'paint', buffered: true });
  setTimeout(start, WITHOUT_PAINT_MS);
} else {
  requestAnimationFrame(() => setTimeout(start, 0));
}
