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
  textsBeforeInit.splice(0).forEach(addTexts);
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
  return i18n.getFixedT(language.value) as unknown as Translate;
}

/** Translation outside components (document titles set in effects, error texts in handlers). */
export const t: Translate = (key, options) => (i18n.t as unknown as Translate)(key, options);

/**
 * Adds texts of a namespace that comes with a lazily loaded chunk (e.g. profile, Abfallkalender),
 * so the first visit does not carry texts of pages not yet opened.
 */
type TextBundles = Record<Language, Record<string, Record<string, unknown>>>;
const textsBeforeInit: TextBundles[] = [];

export function addTexts(resources: TextBundles): void {
  // Before initI18n there is no store to add to (tests, or a module evaluated early): kept until then.
  if (!i18n.isInitialized) {
    textsBeforeInit.push(resources);
    return;
  }
  for (const [lng, namespaces] of Object.entries(resources)) {
    for (const [ns, texts] of Object.entries(namespaces)) i18n.addResourceBundle(lng, ns, texts, true, true);
  }
}

export function hasText(key: string): boolean {
  return i18n.exists(key);
}
