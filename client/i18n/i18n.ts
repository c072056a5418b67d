import { signal } from '@preact/signals';
import i18next from 'i18next';
import { DEFAULT_LANGUAGE, LANGUAGE_STORAGE_KEY, isLanguage, type Language } from './languages';
import { NAMESPACES, RESOURCES } from './resources';

const i18n = i18next.createInstance();

function rememberedLanguage(): Language {
  try {
    const stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be blocked (private mode, policies): German is a fine default.
  }
  return DEFAULT_LANGUAGE;
}

/** The language in use. Components that read it re-render when it changes. */
export const language = signal<Language>(DEFAULT_LANGUAGE);

/** Bumped whenever texts are added; useT() reads it so components re-render with them. */
const textsVersion = signal(0);

/** Sets up i18next synchronously: the texts are bundled, so nothing has to load first. */
export function initI18n(initial: Language = rememberedLanguage()): void {
  void i18n.init({
    initAsync: false,
    lng: initial,
    // Leichte Sprache falls back to standard German for any text not (yet) simplified.
    fallbackLng: { 'de-x-easy': ['de'], default: ['de'] },
    supportedLngs: ['de', 'en', 'de-x-easy'],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    resources: RESOURCES,
    // Preact escapes text itself; escaping twice would show "&amp;" to citizens.
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  applyLanguage(initial);
}

function applyLanguage(lng: Language): void {
  language.value = lng;
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

export function setLanguage(lng: Language): void {
  void i18n.changeLanguage(lng);
  applyLanguage(lng);
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // Not remembered then; the choice still holds for this visit.
  }
}

/**
 * A deliberately narrow view of i18next's `t`: keys (or fallback keys) and interpolation values.
 * Its full generic types buy nothing here, as keys are built from catalogue data at run time.
 */
export type Translate = (key: string | string[], options?: Record<string, unknown>) => string;

/**
 * The translate function for the current language. Reading `language.value` here subscribes the
 * calling component, so it re-renders in the new language.
 */
export function useT(): Translate {
  void textsVersion.value;
  return i18n.getFixedT(language.value) as unknown as Translate;
}

/** Translation outside components (document titles set in effects, error texts in handlers). */
export const t: Translate = (key, options) => (i18n.t as unknown as Translate)(key, options);

/** Adds a namespace's texts for one language (the lazily loaded ones, see feature-texts.ts). */
export function addTexts(lng: string, namespace: string, texts: Record<string, unknown>): void {
  i18n.addResourceBundle(lng, namespace, texts, true, true);
  // Re-renders readers of `language`, so components show the texts that just arrived.
  textsVersion.value++;
}

export function hasText(key: string): boolean {
  return i18n.exists(key);
}

