/**
 * A prerendered page is readable before any script runs, so the app's scripts run only once it
 * has been painted (client/after-first-paint.ts). They are already on their way then, fetched at
 * low priority by the page's `<link rel="preload">` tags (client/build/prerender/app-scripts.ts);
 * evaluated before the first paint, as `defer` would, they made a slow phone parse ~225 KB of
 * script before showing a word the HTML already had.
 */
export const APP_SCRIPT_ATTRIBUTE = 'data-app-script';

export function runAppScripts(): void {
  for (const link of document.querySelectorAll<HTMLLinkElement>(`link[${APP_SCRIPT_ATTRIBUTE}]`)) {
    const script = document.createElement('script');
    script.src = link.href;
    // Inserted scripts run as they arrive unless told otherwise; the app's run in the page's order.
    script.async = false;
    document.head.append(script);
  }
}
