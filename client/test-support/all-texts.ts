import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { addTexts, initI18n } from '../i18n/i18n';
import type { Language } from '../i18n/languages';

/**
 * The languages whose translation is complete: every namespace of `de`, every key, every service.
 * Tests that need every text of a language iterate these. A language joins when its last file
 * lands (Ukrainian and Arabic come from the translations work); until then the files it has are
 * still checked key by key (locales.test.ts), and missing texts fall back to English.
 */
export const COMPLETE_LANGUAGES: readonly Language[] = ['de', 'en', 'de-x-easy', 'tr', 'uk', 'ar'];

const LOCALES_DIR = path.resolve(__dirname, '../../locales');

/** Every locale file on disk, as the build collects them: language → namespace → texts. */
export function textsOnDisk(): Record<string, Record<string, Record<string, unknown>>> {
  const all: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const language of readdirSync(LOCALES_DIR)) {
    all[language] = {};
    for (const file of readdirSync(path.join(LOCALES_DIR, language)).filter((f) => f.endsWith('.json'))) {
      all[language][file.replace(/\.json$/, '')] = JSON.parse(readFileSync(path.join(LOCALES_DIR, language, file), 'utf8'));
    }
  }
  return all;
}

/** i18n with every text, core and lazy, for component tests (the lazy chunk is a webpack feature). */
export function initAllTexts(language: Language = 'de'): void {
  initI18n(language);
  for (const [lng, namespaces] of Object.entries(textsOnDisk())) {
    for (const [ns, texts] of Object.entries(namespaces)) addTexts(lng, ns, texts);
  }
}
