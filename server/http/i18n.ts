import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import i18next, { type Resource, type TFunction } from 'i18next';
import type { Request } from 'express';
import { INTL_LOCALES } from '../../domain/i18n/intl-locales';
import { cityTextValues } from '../../domain/city/city-config';
import { currentCity } from '../../domain/city/load-city';

export const LANGUAGES = ['de', 'en', 'de-x-easy', 'tr', 'uk', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Languages a PDF can be written in: all of them, since the documents embed DejaVu Sans (Latin
 * with Turkish, Cyrillic, Arabic shaped and right to left; server/documents/pdf-layout.ts).
 */
export type DocumentLanguage = Language;

export function documentLanguage(lng: Language): DocumentLanguage {
  return lng;
}

/** Intl locale of a document's dates and amounts: the app's (Arabic with Latin digits). */
export const DOCUMENT_LOCALES: Record<DocumentLanguage, string> = INTL_LOCALES;

const LOCALES_DIR = path.resolve('locales');

/** The same locale files as the app, so an error reads the same on the device and from the server. */
function loadResources(): Resource {
  const resources: Resource = {};
  for (const lng of LANGUAGES) {
    const dir = path.join(LOCALES_DIR, lng);
    resources[lng] = {};
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      resources[lng][file.replace(/\.json$/, '')] = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    }
  }
  return resources;
}

const instance = i18next.createInstance();
void instance.init({
  resources: loadResources(),
  lng: 'de',
  // As on the device (client/i18n/languages.ts): English before German for the newer languages.
  fallbackLng: { tr: ['en', 'de'], uk: ['en', 'de'], ar: ['en', 'de'], default: ['de'] },
  supportedLngs: [...LANGUAGES],
  load: 'currentOnly',
  // `de-x-easy` must not be cut down to `de`; it has its own texts.
  nonExplicitSupportedLngs: false,
  defaultNS: 'common',
  // Texts may name the city (`{{city}}`, `{{authority}}`, `{{address}}`), as on the device.
  interpolation: { escapeValue: false, defaultVariables: cityTextValues(currentCity()) },
  initAsync: false,
  showSupportNotice: false,
});

/** The language the caller asked for: the app sends its choice in Accept-Language. */
export function requestLanguage(req: Request): Language {
  return (req.acceptsLanguages(...LANGUAGES) as Language | false) || 'de';
}

export function translator(lng: Language): TFunction {
  return instance.getFixedT(lng);
}
