import { PRECACHED_TEXT_LANGUAGES, type Language } from './languages';

/**
 * Whether the page itself should fetch every citizen namespace of `lng` after its first paint (for
 * the next steps and for offline use). Not where the service worker precaches that language: it
 * fetches the same files while installing, and the page fetching them too moved them twice on a
 * first visit (some 40 requests right after the first paint, in the way of its scripts).
 */
export function pagePrefetchesAllTexts(lng: Language, precachingWorker: boolean): boolean {
  return !(precachingWorker && PRECACHED_TEXT_LANGUAGES.includes(lng));
}
