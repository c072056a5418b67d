/**
 * Map tiles the citizen has seen, kept on the device: the Mängelmelder map opens again without
 * fetching them, also with a weak or no connection. Bounded, so the portal never fills the
 * device: at most TILE_CACHE_MAX_ENTRIES tiles (a phone shows about 12 at a time; a 256-pixel PNG is some 5–30 KB, so at most a few MB),
 * each for at most TILE_CACHE_MAX_AGE_DAYS; the least recently used go first.
 *
 * Tiles are the only `/api/` answers this worker keeps. They hold nothing personal, but which
 * area someone looked at can hint at where they live: the cache is a `bp-user*` cache, which
 * logging out deletes (client/session/session.ts).
 */
import { ExpirationPlugin } from 'workbox-expiration';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';

export const TILE_CACHE = 'bp-user-map-tiles';
export const TILE_CACHE_MAX_ENTRIES = 150;
const TILE_CACHE_MAX_AGE_DAYS = 30;

/** What `/api/karte` said last (the attribution, whether a map exists): the map needs it before it can draw cached tiles offline. */
const MAP_INFO_CACHE = 'bp-user-map-info';

export function registerTileCache(): void {
  registerRoute(
    ({ url, request }) => request.method === 'GET' && url.pathname.startsWith('/api/karte/kacheln/'),
    new CacheFirst({
      cacheName: TILE_CACHE,
      plugins: [
        {
          // Only real tiles: an error answer (provider down, 4xx) is never kept in place of one.
          cacheWillUpdate: async ({ response }) => (response.status === 200 && /^image\//.test(response.headers.get('content-type') ?? '') ? response : null),
        },
        new ExpirationPlugin({ maxEntries: TILE_CACHE_MAX_ENTRIES, maxAgeSeconds: TILE_CACHE_MAX_AGE_DAYS * 86_400, purgeOnQuotaError: true }),
      ],
    }),
  );
  registerRoute(({ url, request }) => request.method === 'GET' && url.pathname === '/api/karte', new NetworkFirst({ cacheName: MAP_INFO_CACHE, networkTimeoutSeconds: 5 }));
}
