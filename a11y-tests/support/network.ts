import type { BrowserContext } from '@playwright/test';

/**
 * Cuts the device off. Playwright's offline emulation alone can miss a request a page makes
 * while it is loading (seen here: requests reached the server "offline"), so every API call is
 * refused as well — the device is then truly offline, and `navigator.onLine` says so.
 */
export async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  await context.route('**/api/**', (route) => route.abort('internetdisconnected'));
}

/** The connection returns; the app notices by itself (the `online` event), nothing is clicked. */
export async function goOnline(context: BrowserContext): Promise<void> {
  await context.unroute('**/api/**');
  await context.setOffline(false);
}
