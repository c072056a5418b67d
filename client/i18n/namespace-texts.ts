import { signal } from '@preact/signals';
import { addTexts, language } from './i18n';
import { isBundledLanguage, type Language } from './languages';
import { EASY_FOR_GERMAN, isStaffNamespace, type NamespaceNeed } from './namespaces';
import type { LazyWebpackContext } from './webpack-context';

/**
 * Every feature namespace of German, English and Leichte Sprache is a chunk of its own, fetched
 * when a page needs it: a German Sperrmüllkarte start page fetches the few KB it shows, never the clerks' or the admin's texts or another language. Core
 * namespaces are in the first download (resources.ts); Turkish, Ukrainian and Arabic come whole
 * on choice (language-texts.ts). The regular expression must be a literal for webpack.
 */
function context(): LazyWebpackContext {
  try {
    return webpackContext();
  } catch {
    // Outside webpack (unit tests) there are no chunks: tests put the texts in themselves.
    return Object.assign(() => Promise.reject(new Error('no webpack')), { keys: () => [] });
  }
}

function webpackContext(): LazyWebpackContext {
  return import.meta.webpackContext('../../locales', {
    recursive: true,
    regExp:
      /^\.\/(?:de|en|de-x-easy)\/(?!(?:common|catalogue|account|requests|departments|validation|clerk-api|documents|payments-api|payment-sandbox|mail|dev-mailbox)\.json$)[\w-]+\.json$/,
    // Numbered chunks, not named: ~130 names would add ~2 KB gzip to the first download's chunk map.
    mode: 'lazy',
  }) as unknown as LazyWebpackContext;
}

let files: LazyWebpackContext | undefined;
function lazyFiles(): LazyWebpackContext {
  files ??= context();
  return files;
}

/** `<lng>/<namespace>` pairs whose texts are in i18next; components re-render when it grows. */
export const loadedNamespaces = signal<ReadonlySet<string>>(new Set());

const pending = new Map<string, Promise<void>>();

/**
 * Languages whose feature files a page in `lng` reads: itself for German, English and Leichte
 * Sprache (their files have every key, locales.test.ts); English, their first fallback, for the
 * lazy languages, whose own feature texts come in their language chunk.
 */
function sourceLanguages(lng: Language, namespace: string, need: NamespaceNeed): Language[] {
  if (!isBundledLanguage(lng)) return ['en'];
  // Only where a page names them: 'citizen' (any other page) must not wait for them.
  const named = need !== 'all' && need !== 'citizen';
  return lng === 'de' && named && EASY_FOR_GERMAN.includes(namespace) ? ['de', 'de-x-easy'] : [lng];
}

function available(): { language: string; namespace: string; key: string }[] {
  return lazyFiles()
    .keys()
    .map((key) => /^\.\/([a-z-]+)\/([\w-]+)\.json$/.exec(key))
    .filter((m): m is RegExpExecArray => m !== null)
    .map(([key, language, namespace]) => ({ language, namespace, key }));
}

function wanted(need: NamespaceNeed, lng: Language) {
  return available().filter(
    (file) =>
      (sourceLanguages(lng, file.namespace, need) as string[]).includes(file.language) &&
      (need === 'all' || (need === 'citizen' ? !isStaffNamespace(file.namespace) : need.includes(file.namespace))),
  );
}

/** True when every namespace `need` names is loaded for `lng` (reading it subscribes the caller). */
export function namespacesReady(need: NamespaceNeed, lng: Language): boolean {
  const loaded = loadedNamespaces.value;
  return wanted(need, lng).every((file) => loaded.has(`${file.language}/${file.namespace}`));
}

/**
 * Fetches the namespaces `need` names for `lng` (each once). Rejects when one cannot be fetched
 * (first visit, connection lost); a later call tries again.
 */
export function loadNamespaces(need: NamespaceNeed, lng: Language): Promise<void> {
  return Promise.all(
    wanted(need, lng).map((file) => {
      const id = `${file.language}/${file.namespace}`;
      if (loadedNamespaces.value.has(id)) return undefined;
      let loading = pending.get(id);
      if (!loading) {
        loading = lazyFiles()(file.key)
          .then((texts) => {
            addTexts(file.language, file.namespace, texts);
            loadedNamespaces.value = new Set([...loadedNamespaces.value, id]);
          })
          .finally(() => pending.delete(id));
        pending.set(id, loading);
      }
      return loading;
    }),
  ).then(() => undefined);
}

/** One namespace in the current language: ready (and if not, fetched). For parts of the page shell. */
export function namespaceReady(namespace: string): boolean {
  const lng = language.value;
  if (namespacesReady([namespace], lng)) return true;
  // Offline on a first visit: the part stays hidden until the next start.
  loadNamespaces([namespace], lng).catch(() => undefined);
  return false;
}
