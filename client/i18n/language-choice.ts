import { LANGUAGE_COOKIE, LANGUAGE_QUERY, isLanguage, type Language } from './languages';

/**
 * A language named in the address (`?lang=en`, the alternate links of every prerendered page, and
 * what the language switch sends before the script runs) wins over the remembered one: someone who
 * followed an English search result, or chose English on a page still loading, wants English.
 */
export function languageInAddress(): Language | null {
  if (typeof location === 'undefined') return null;
  const named = new URLSearchParams(location.search).get(LANGUAGE_QUERY);
  return isLanguage(named) ? named : null;
}

/**
 * The choice the server holds (set by it for a page asked for with `?lang=`, e.g. chosen while
 * JavaScript was off): the page it sent is in that language, so the app speaks it too.
 */
export function languageForServer(): Language | null {
  if (typeof document === 'undefined') return null;
  // Read by hand: a cookie parser would grow the first download for one known name.
  const cookie = document.cookie.split(/;\s*/).find((pair) => pair.startsWith(`${LANGUAGE_COOKIE}=`));
  const value = cookie?.slice(LANGUAGE_COOKIE.length + 1);
  return isLanguage(value) ? value : null;
}

/**
 * The choice also goes into a cookie, so the server sends the page prerendered in that language
 * (server/http/prerendered-pages.ts) and the first paint is already in it. It says nothing about
 * a person, like the remembered choice in localStorage.
 */
export function rememberLanguageForServer(lng: Language): void {
  if (typeof document === 'undefined') return;
  document.cookie = `${LANGUAGE_COOKIE}=${lng}; Path=/; Max-Age=31536000; SameSite=Lax`;
}

/**
 * An address that names a language names the new one after a switch in place, so reloading it
 * does not bring back the language just left.
 */
export function followLanguageInAddress(lng: Language): void {
  if (languageInAddress() === null) return;
  const url = new URL(location.href);
  url.searchParams.set(LANGUAGE_QUERY, lng);
  history.replaceState(history.state, '', url);
}
