import { LANGUAGE_COOKIE, LANGUAGE_QUERY, isLanguage, type Language } from './languages';

/**
 * A language named in the address (`?lang=en`, the alternate links of every prerendered page)
 * wins over the remembered one: someone who followed an English search result wants English.
 */
export function languageInAddress(): Language | null {
  if (typeof location === 'undefined') return null;
  const named = new URLSearchParams(location.search).get(LANGUAGE_QUERY);
  return isLanguage(named) ? named : null;
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
