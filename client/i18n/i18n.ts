import { signal } from '@preact/signals';
import i18next from 'i18next';
import { CITY_TEXT_VALUES } from '../city/city';
import { isolateIn } from './bidi-isolation';
import { followLanguageInAddress, languageForServer, languageInAddress, rememberLanguageForServer } from './language-choice';
import { loadLanguageTexts } from './language-texts';
import {
  DEFAULT_LANGUAGE,
  FALLBACK_LANGUAGES,
  LANGUAGES,
  LANGUAGE_STORAGE_KEY,
  isInFirstDownload,
  isLanguage,
  textDirection,
  type Language,
} from './languages';
import { NAMESPACES, RESOURCES } from './resources';

const i18n = i18next.createInstance();

function rememberedLanguage(): Language {
  const named = languageInAddress();
  if (named) {
    // Named in the address is chosen: the next visit without it keeps the language.
    rememberOnDevice(named);
    return named;
  }
  try {
    const stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be blocked (private mode, policies): the server's or German are fine defaults.
  }
  return languageForServer() ?? DEFAULT_LANGUAGE;
}

function rememberOnDevice(lng: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // Not remembered then; the choice still holds for this visit.
  }
}

/** The language in use. Components that read it re-render when it changes. */
export const language = signal<Language>(DEFAULT_LANGUAGE);

/** Bumped whenever texts are added; useT() reads it so components re-render with them. */
const textsVersion = signal(0);

/**
 * Sets up i18next synchronously with the bundled texts. A remembered Turkish, Ukrainian or Arabic
 * is set at once too; its texts follow with `ensureLanguageTexts` (main.tsx waits for them before
 * the first paint), and until they are there its fallbacks speak.
 */
export function initI18n(initial: Language = rememberedLanguage()): void {
  void i18n.init({
    initAsync: false,
    lng: initial,
    fallbackLng: { ...FALLBACK_LANGUAGES, default: ['de'] },
    supportedLngs: [...LANGUAGES],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    resources: RESOURCES,
    // Preact escapes HTML itself; this "escape" only isolates each value's direction in a
    // right-to-left page (numbers, references, dates, names), so no placeholder is reordered.
    interpolation: { defaultVariables: CITY_TEXT_VALUES, escapeValue: true, escape: (value: string) => isolateIn(textDirection(language.value), String(value)) },
    returnNull: false,
    showSupportNotice: false,
  });
  applyLanguage(initial);
  rememberLanguageForServer(initial);
}

/**
 * Reports every text a render asks for and no language has (the prerender fails on one: a page
 * whose namespaces are listed too narrowly would show raw keys until its script runs).
 */
export function reportMissingTexts(report: (key: string) => void): void {
  i18n.options.saveMissing = true;
  i18n.on('missingKey', (_lngs: readonly string[], ns: string, key: string) => report(`${ns}:${key}`));
}

/** `lang` and `dir` change together with the texts, so screen readers and layout follow at once. */
function applyLanguage(lng: Language): void {
  language.value = lng;
  if (typeof document !== 'undefined') {
    document.documentElement.lang = lng;
    document.documentElement.dir = textDirection(lng);
  }
}

/** Loads a lazy language's texts (once); resolves at once for the bundled ones. Rejects offline on a first visit. */
export function ensureLanguageTexts(lng: Language): Promise<void> {
  return isInFirstDownload(lng) ? Promise.resolve() : loadLanguageTexts(lng, addTexts);
}

let prepareLanguage: (lng: Language) => Promise<void> = () => Promise.resolve();

/**
 * What else must be there before the page may switch to a language: the texts of the page on
 * screen (main.tsx), so it switches in place instead of passing through a loading state, which
 * would throw away what the page holds (a form's message, a focus).
 */
export function beforeLanguageSwitch(prepare: (lng: Language) => Promise<void>): void {
  prepareLanguage = prepare;
}

/**
 * Switches the language. A lazy language switches only once its texts are there, so the page
 * never shows half one language and half another with the wrong `lang`. Resolves `false` when
 * they could not be fetched (offline before they were ever loaded): the language stays as it was.
 */
export async function setLanguage(lng: Language): Promise<boolean> {
  try {
    await Promise.all([ensureLanguageTexts(lng), prepareLanguage(lng)]);
  } catch {
    return false;
  }
  void i18n.changeLanguage(lng);
  applyLanguage(lng);
  rememberOnDevice(lng);
  rememberLanguageForServer(lng);
  followLanguageInAddress(lng);
  return true;
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

/** Adds a namespace's texts for one language (the lazily loaded ones, see namespace-texts.ts and language-texts.ts). */
export function addTexts(lng: string, namespace: string, texts: Record<string, unknown>): void {
  i18n.addResourceBundle(lng, namespace, texts, true, true);
  // Re-renders readers of `language`, so components show the texts that just arrived.
  textsVersion.value++;
}

/**
 * A text in exactly one language, without fallbacks; `undefined` when that language lacks it.
 * Re-renders the caller when texts arrive, like useT().
 */
export function textIn(lng: string, key: string): string | undefined {
  void textsVersion.value;
  const [namespace, path] = key.split(':');
  const text: unknown = i18n.getResource(lng, namespace, path);
  return typeof text === 'string' ? text : undefined;
}

export function hasText(key: string): boolean {
  return i18n.exists(key);
}


/**
 * A message a page keeps in its state, kept as how to say it rather than as said: rendered with
 * the current `t`, it follows a language switch instead of staying in the language it was raised in.
 */
export type Said = (t: Translate) => string;
