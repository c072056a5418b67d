/**
 * The facts of a German text that a translation or the Leichte Sprache text must keep: numbers
 * (dates, amounts, limits), units, placeholders, allowed file formats and literal examples such
 * as the house numbers "12a" and "12-14". Wording may change; these may not.
 */

/** Each unit, and how it may be written instead (Leichte Sprache spells units out; other scripts have their own). */
const UNITS: Record<string, RegExp> = {
  'm³': /m³|Kubik·?meter|cubic met|metreküp|куб|م³|متر مكعب/iu,
  'm²': /m²|Quadrat·?meter|square met|metrekare|кв\.|м²|م²|متر مربع/iu,
  MB: /MB|Mega·?byte|megabyte|МБ|ميغابايت|ميجابايت/u,
  '€': /€|Euro|EUR|євро|يورو/u,
  '%': /%|Prozent|per ?cent|yüzde|відсот|٪|بالمئة|في المئة/iu,
};

const FORMATS = ['JPG', 'JPEG', 'PNG', 'WEBP', 'HEIC', 'PDF', 'CSV', 'ICS', 'XML', 'JSON'];

/** Arabic-Indic and Eastern Arabic digits read as the digits they are. */
function westernDigits(text: string): string {
  return text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0));
}

export interface Facts {
  placeholders: string[];
  numbers: string[];
  units: string[];
  formats: string[];
  examples: string[];
}

export function factsOf(raw: string): Facts {
  const text = westernDigits(raw);
  const placeholders = [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]);
  const plain = text.replace(/\{\{[^}]*\}\}/g, ' ').replace(/\b(?:https?:\/\/\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/g, ' ');
  return {
    placeholders: [...new Set(placeholders)],
    numbers: [...new Set(plain.match(/\d+/g) ?? [])],
    units: Object.keys(UNITS).filter((unit) => plain.includes(unit) || (unit === 'MB' && /\bMB\b/.test(plain))),
    formats: FORMATS.filter((f) => new RegExp(`(?<![\\p{L}])${f}(?![\\p{L}])`, 'iu').test(plain) && /[A-Z]{3}/.test(plain)),
    examples: [...new Set([...(plain.match(/(?<![\p{L}\d])\d+[a-z](?![\p{L}\d])/gu) ?? []), ...(plain.match(/\d+\s?[-–]\s?\d+/g) ?? []).map((r) => r.replace(/\s|–/g, (c) => (c === '–' ? '-' : '')))])],
  };
}

/**
 * The facts of `german` that `other` leaves out, each named. In the singular or dual of a plural
 * (`_one`, `_two`, `_zero`) a language may say "one" or "a" for `{{count}}` or the digit.
 */
export function lostFacts(german: string, other: string, pluralForm = false): string[] {
  const de = factsOf(german);
  if (pluralForm) {
    de.placeholders = de.placeholders.filter((p) => p !== 'count');
    de.numbers = de.numbers.filter((n) => !['0', '1', '2'].includes(n));
  }
  const text = westernDigits(other);
  const theirs = factsOf(other);
  const flat = text.replace(/\s|–/g, (c) => (c === '–' ? '-' : ''));
  return [
    ...de.placeholders.filter((p) => !theirs.placeholders.includes(p)).map((p) => `placeholder {{${p}}}`),
    ...de.numbers.filter((n) => !theirs.numbers.includes(n)).map((n) => `number ${n}`),
    ...de.units.filter((u) => !UNITS[u].test(text)).map((u) => `unit ${u}`),
    ...de.formats.filter((f) => !new RegExp(`(?<![\\p{L}])${f}(?![\\p{L}])`, 'iu').test(text)).map((f) => `format ${f}`),
    ...de.examples.filter((e) => !flat.includes(e)).map((e) => `example "${e}"`),
  ];
}
