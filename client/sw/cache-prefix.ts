/**
 * Prefix of every Cache Storage name the service worker creates. Shared with the page so it can
 * recognise (and remove) the portal's caches without touching anything else on the origin.
 */
export const CACHE_PREFIX = 'buergerportal';
