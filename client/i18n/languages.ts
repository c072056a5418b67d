/**
 * The languages the portal speaks. `de-x-easy` is Leichte Sprache (Easy German): a private-use
 * subtag on German, so `<html lang>` still tells screen readers to pronounce it as German.
 *
 * German, English and Leichte Sprache are in the first download (resources.ts). Turkish,
 * Ukrainian and Arabic — the languages Werne's newcomers read most — come as one lazy chunk
 * each, fetched when someone chooses them (language-texts.ts), so the first visit does not pay
 * for languages most visitors never pick.
 */
export const LANGUAGES = ['de', 'en', 'de-x-easy', 'tr', 'uk', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Bundled into the first download; every other language loads on choice. */
export const BUNDLED_LANGUAGES = ['de', 'en', 'de-x-easy'] as const;
export type BundledLanguage = (typeof BUNDLED_LANGUAGES)[number];
export type LazyLanguage = Exclude<Language, BundledLanguage>;

export const DEFAULT_LANGUAGE: Language = 'de';

/** Remembered on the device; the only thing that stays after logout, as it says nothing about a person. */
export const LANGUAGE_STORAGE_KEY = 'bp-language';

/** The same choice for the server, which sends the page prerendered in it (cookie and query). */
export const LANGUAGE_COOKIE = 'bp-language';
export const LANGUAGE_QUERY = 'lang';

/** Each language's name in itself, as a language switch shows it (GOV.UK: never translate these). */
export const LANGUAGE_NAMES: Record<Language, string> = {
  de: 'Deutsch',
  en: 'English',
  'de-x-easy': 'Leichte Sprache',
  tr: 'Türkçe',
  uk: 'Українська',
  ar: 'العربية',
};

/** Locale for Intl formatting (dates, numbers): shared with the server's documents. */
export { INTL_LOCALES } from '../../domain/i18n/intl-locales';

/** Writing direction, set on `<html dir>` together with `lang`. */
export function textDirection(lng: Language): 'ltr' | 'rtl' {
  return lng === 'ar' ? 'rtl' : 'ltr';
}

/**
 * Where a text missing in a language comes from. Leichte Sprache falls back to standard German
 * (the same language, just harder). For Turkish, Ukrainian and Arabic readers English is more
 * likely understood than German, so English comes first; the parity test keeps such gaps rare.
 */
export const FALLBACK_LANGUAGES: Record<Language, readonly BundledLanguage[]> = {
  de: [],
  en: ['de'],
  'de-x-easy': ['de'],
  tr: ['en', 'de'],
  uk: ['en', 'de'],
  ar: ['en', 'de'],
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Languages whose feature texts the service worker precaches (client/build/citizen-precache.ts):
 * German, and Leichte Sprache, which German pages show in part. Every other language's come on
 * choice and are kept once fetched.
 */
export const PRECACHED_TEXT_LANGUAGES: readonly Language[] = ['de', 'de-x-easy'];

/**
 * Languages whose core texts are in the first download. Leichte Sprache is bundled in the sense
 * above (its service texts live in the catalogue, its feature texts in the shared texts chunk),
 * but its core texts come as a small chunk on choice: the first visit of the many who read
 * standard German stays within its budget. A remembered choice is loaded before the first paint.
 */
export const FIRST_DOWNLOAD_LANGUAGES = ['de', 'en'] as const;
export type FirstDownloadLanguage = (typeof FIRST_DOWNLOAD_LANGUAGES)[number];

export function isInFirstDownload(value: Language): value is FirstDownloadLanguage {
  return (FIRST_DOWNLOAD_LANGUAGES as readonly string[]).includes(value);
}

export function isBundledLanguage(value: Language): value is BundledLanguage {
  return (BUNDLED_LANGUAGES as readonly string[]).includes(value);
}
