/**
 * A prerendered page is readable before any script runs, so the app's scripts run only once it
 * has been painted (client/after-first-paint.ts). They are not even asked for before then: the
 * page names them in its boot script's `data-app-scripts` (client/build/prerender/app-scripts.ts).
 * Evaluated before the first paint, as `defer` would, they made a slow phone parse ~225 KB of
 * script before showing a word the HTML already had; fetched before it, even as low-priority
 * preloads, their ~66 KB shared the phone's bandwidth with the stylesheet the paint waits for
 * (Lighthouse's LCP on `/` was 1.4 s against an FCP of 0.86 s, the scripts the whole difference).
 */
export const APP_SCRIPTS_ATTRIBUTE = 'data-app-scripts';

/** The app's scripts in the order they run, as the attribute lists them (space-separated). */
export function appScriptsIn(value: string | undefined): string[] {
  return (value ?? '').split(' ').filter(Boolean);
}

export function runAppScripts(): void {
  const boot = document.querySelector<HTMLScriptElement>(`script[${APP_SCRIPTS_ATTRIBUTE}]`);
  for (const src of appScriptsIn(boot?.dataset.appScripts)) {
    const script = document.createElement('script');
    script.src = src;
    // Inserted scripts run as they arrive unless told otherwise; the app's run in the page's order.
    script.async = false;
    document.head.append(script);
  }
}
