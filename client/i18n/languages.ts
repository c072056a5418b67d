/**
 * The languages the portal speaks. `de-x-easy` is Leichte Sprache (Easy German): a private-use
 * subtag on German, so `<html lang>` still tells screen readers to pronounce it as German.
 */
export const LANGUAGES = ['de', 'en', 'de-x-easy'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'de';

/** Remembered on the device; the only thing that stays after logout, as it says nothing about a person. */
export const LANGUAGE_STORAGE_KEY = 'bp-language';

/** Each language's name in itself, as a language switch shows it (GOV.UK: never translate these). */
export const LANGUAGE_NAMES: Record<Language, string> = {
  de: 'Deutsch',
  en: 'English',
  'de-x-easy': 'Leichte Sprache',
};

/** Locale for Intl formatting (dates, numbers). Leichte Sprache formats like German. */
export const INTL_LOCALES: Record<Language, string> = {
  de: 'de-DE',
  en: 'en-GB',
  'de-x-easy': 'de-DE',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
