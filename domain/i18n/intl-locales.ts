/**
 * Locale for Intl formatting (dates, numbers). Leichte Sprache formats like German.
 *
 * Arabic uses Latin digits (`nu-latn`): everything a citizen compares or types here is German
 * administrative data written with Latin digits — Aktenzeichen, postcodes, house numbers, meter
 * numbers, dates on the city's letters — and the form fields accept Latin digits. Showing ٢٠٢٦
 * beside a field that wants 2026 would make people translate digits in their heads. Latin digits
 * are also what Arabic speakers from the Maghreb use every day and what those from the Levant
 * meet on every German document. The words, months and the right-to-left order stay Arabic.
 */
export const INTL_LOCALES: Record<'de' | 'en' | 'de-x-easy' | 'tr' | 'uk' | 'ar', string> = {
  de: 'de-DE',
  en: 'en-GB',
  'de-x-easy': 'de-DE',
  tr: 'tr-TR',
  uk: 'uk-UA',
  ar: 'ar-u-nu-latn',
};
