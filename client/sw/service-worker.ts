/**
 * The portal's service worker: keeps the app shell available offline and nothing else.
 *
 * - Precaches what a citizen needs offline in German and Leichte Sprache: the emitted JS/CSS/HTML files, the manifest
 *   and the icons (the list is injected at build time by workbox-webpack-plugin's InjectManifest
 *   into `self.__WB_MANIFEST`, filtered by client/build/citizen-precache.ts); other languages'
 *   texts and staff pages are kept when first fetched.
 * - Answers a navigation with the page the server sends (a public page prerendered), kept for
 *   offline use, else with the precached index.html, so deep links and reloads work offline; the
 *   client-side router takes it from there (page-navigation.ts).
 * - Never touches `/api/` or `/healthz`: those requests are not intercepted at all, so no
 *   response with personal data ends up in Cache Storage (after logout nothing of the citizen
 *   may remain on the device; drafts live in IndexedDB, which the app clears itself). The one
 *   exception: map tiles and the map's settings, kept within a limit (tile-cache.ts).
 * - Waits: a new version only takes over when the page sends {type: 'SKIP_WAITING'}, which the
 *   app does after saving unsent form input (client/pwa/register-service-worker.ts).
 */
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { CACHE_PREFIX } from './cache-prefix';
import { registerPageNavigation } from './page-navigation';
import { registerTileCache } from './tile-cache';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<PrecacheEntry | string>;
};

/** Paths the server answers itself; a navigation there must reach the network. */
const NETWORK_ONLY_PATHS = [/^\/api(\/|$)/, /^\/healthz(\/|$)/];

// Recognisable cache names in DevTools and for anyone auditing what the portal stores.
setCacheNameDetails({ prefix: CACHE_PREFIX });

// Removes precaches left by older Workbox versions' cache formats.
cleanupOutdatedCaches();

// The only place the manifest is referenced: InjectManifest requires exactly one occurrence.
precacheAndRoute(self.__WB_MANIFEST);

registerPageNavigation(NETWORK_ONLY_PATHS);

registerTileCache();

// The build's own files left out of the precache (other languages' texts, staff pages; see
// client/build/citizen-precache.ts) are kept once fetched: a language chosen once works offline.
// Their names carry a content hash, so a kept copy is never stale.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && /^\/assets\/[\w-]+\.[0-9a-f]{12}\.(?:js|css)$/.test(url.pathname),
  new CacheFirst({ cacheName: `${CACHE_PREFIX}-on-demand` }),
);

// No other route is registered on purpose: requests without a matching route are not
// answered by the worker and go to the network exactly as without a service worker.

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data: unknown = event.data;
  if (typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'SKIP_WAITING') {
    void self.skipWaiting();
  }
});

// Takes control of pages that have no worker yet, i.e. the very first visit: no older version
// is running there, so this cannot mix versions, and a first visit that loses its connection
// can still load lazy chunks (the database) from the precache. Updates still wait for
// SKIP_WAITING above; pages run by the old version switch only when it is sent.
clientsClaim();
