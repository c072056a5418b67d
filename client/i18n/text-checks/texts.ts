import { textsOnDisk } from '../../test-support/all-texts';
import { flattenTexts } from '../text-keys';

/** One text of one language: `ns:key` identifies it across languages. */
export interface Text {
  id: string;
  text: string;
}

/**
 * Namespaces a citizen never reads: the clerks' and treasury's screens and their API errors.
 * The Leichte Sprache reader checks (negations, layout words, identical texts) are about what a
 * citizen meets; terms, fidelity and middle dots hold everywhere.
 */
export const STAFF_NAMESPACES = new Set(['admin', 'capacity', 'clerk', 'clerk-api', 'clerk-payments', 'kasse', 'payment-sandbox', 'dev-mailbox']);

export type TextsByLanguage = Record<string, Map<string, string>>;

/** language → `ns:key` → text, for every locale file (catalogue-services has no German file and is left out). */
export function allTexts(): TextsByLanguage {
  const out: TextsByLanguage = {};
  for (const [language, namespaces] of Object.entries(textsOnDisk())) {
    const texts = new Map<string, string>();
    for (const [ns, value] of Object.entries(namespaces)) {
      if (ns === 'catalogue-services') continue;
      for (const [key, text] of Object.entries(flattenTexts(value))) texts.set(`${ns}:${key}`, text);
    }
    out[language] = texts;
  }
  return out;
}

export function namespaceOf(id: string): string {
  return id.slice(0, id.indexOf(':'));
}

export function citizenFacing(id: string): boolean {
  return !STAFF_NAMESPACES.has(namespaceOf(id));
}

/** A pattern for whole words only: not inside a longer word or a middle-dot compound. */
export function wordPattern(source: string, flags = 'u'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}·])(?:${source})(?![\\p{L}\\p{N}·])`, flags.includes('u') ? flags : flags + 'u');
}
