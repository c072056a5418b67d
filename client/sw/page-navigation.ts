/**
 * Navigations: the page the server sends (for a public page, its prerendered HTML in the chosen
 * language, which paints before any script), kept in a cache of its own so the same address opens
 * offline as that page too, painted at once, instead of as the empty shell. An address never
 * opened online, or a slow answer (lie-fi), gets the precached shell (index.html); the app renders
 * it either way, so no address is ever worse off than before.
 *
 * Kept pages name the hashed scripts of the version that sent them, so a new version empties the
 * cache when it takes over (activate): an old page never meets a precache that lacks its scripts.
 * The HTML holds nothing personal (the server prerenders for anonymous visitors only).
 */
import { matchPrecache } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { CACHE_PREFIX } from './cache-prefix';

declare const self: ServiceWorkerGlobalScope;

export const PAGE_CACHE = `${CACHE_PREFIX}-pages`;
/** After this long without an answer the shell is shown; the network answer still refreshes the cache. */
const NETWORK_TIMEOUT_SECONDS = 3;
const SHELL = '/index.html';

export function registerPageNavigation(networkOnly: RegExp[]): void {
  const pages = new NetworkFirst({
    cacheName: PAGE_CACHE,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    plugins: [
      {
        cacheWillUpdate: async ({ response }) => (response.status === 200 && (response.headers.get('content-type') ?? '').startsWith('text/html') ? response : null),
        // Offline and never kept, or the server failing: the precached shell.
        handlerDidError: async () => (await matchPrecache(SHELL)) ?? Response.error(),
      },
    ],
  });
  registerRoute(new NavigationRoute(pages, { denylist: networkOnly }));
  self.addEventListener('activate', (event) => event.waitUntil(caches.delete(PAGE_CACHE)));
}
