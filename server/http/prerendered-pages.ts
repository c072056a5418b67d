import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import type { Request, Response } from 'express';
import { LANGUAGES } from './i18n';

/** Set by the page when someone chooses a language (client/i18n/language-choice.ts). */
const LANGUAGE_COOKIE = 'bp-language';
const LANGUAGE_QUERY = 'lang';
const DEFAULT_LANGUAGE = 'de';
/** Language tags as the build names its folders (de, en, de-x-easy, tr, …); anything else is ignored. */
const LANGUAGE_TAG = /^[a-z]{2}(?:-x-[a-z]+)?$/;
/** App addresses only: letters, digits and hyphens per segment, so no path leaves the folder. */
const PAGE_PATH = /^\/(?:[\w-]+(?:\/[\w-]+)*)?$/;

/**
 * The language a page is sent in: the address's `?lang=` (the alternate links search engines
 * follow), else the visitor's choice remembered in a cookie, else German.
 */
export function requestedLanguage(req: Request): string {
  const query = req.query[LANGUAGE_QUERY];
  if (typeof query === 'string' && LANGUAGE_TAG.test(query)) return query;
  const cookie = parseCookies(req.headers.cookie ?? '')[LANGUAGE_COOKIE];
  return cookie && LANGUAGE_TAG.test(cookie) ? cookie : DEFAULT_LANGUAGE;
}

/** A year, as the app keeps the choice (client/i18n/language-choice.ts). */
const LANGUAGE_COOKIE_SECONDS = 365 * 24 * 60 * 60;

/**
 * A page asked for with `?lang=` in a language the portal speaks keeps that language, as a choice
 * in the app does: the language switch is a GET form, and before the script has run (or without
 * one) choosing there is this request. The next page without `?lang=` then comes in it too.
 */
export function rememberLanguageInAddress(req: Request, res: Response): void {
  const query = req.query[LANGUAGE_QUERY];
  if (typeof query !== 'string' || !(LANGUAGES as readonly string[]).includes(query)) return;
  res.append('Set-Cookie', serializeCookie(LANGUAGE_COOKIE, query, { path: '/', maxAge: LANGUAGE_COOKIE_SECONDS, sameSite: 'lax' }));
}

/**
 * The prerendered document for this address in the asked language (client/build/prerender/),
 * or `null` when there is none (a form page, an unknown address): then the shell serves it.
 */
export function prerenderedPage(distDir: string, req: Request): string | null {
  if (!PAGE_PATH.test(req.path)) return null;
  const page = req.path === '/' ? '/index' : req.path.replace(/\/$/, '');
  const file = path.resolve(distDir, 'prerendered', requestedLanguage(req), `.${page}.html`);
  return existsSync(file) ? file : null;
}

/** What a login page passes on to the BundID login it starts (client/pages/account/bundid/BundIdLogin.tsx). */
const LOGIN_RETURN = ['weiter', 'niveau'] as const;
const BUNDID_START = 'href="/api/auth/bundid/start?';

/**
 * The prerendered page at `file` with the address's `?weiter=` / `?niveau=` carried into its
 * BundID start links, or `null` when the address has neither (send the file as it is). The HTML
 * was made without them, and hydration keeps a prerendered attribute as it is, so before and after
 * the app runs, a login started there came back to "Meine Anträge" instead of the service the
 * citizen came from. The start endpoint checks both values as for any other link.
 */
export function withLoginReturn(file: string, req: Request): string | null {
  const carried = new URLSearchParams();
  for (const name of LOGIN_RETURN) {
    const value = req.query[name];
    if (typeof value === 'string' && value) carried.set(name, value);
  }
  if (!carried.size) return null;
  // URLSearchParams percent-encodes quotes and angle brackets; `&` is written as in HTML.
  return readFileSync(file, 'utf8').replaceAll(BUNDID_START, `${BUNDID_START}${carried.toString().replaceAll('&', '&amp;')}&amp;`);
}
