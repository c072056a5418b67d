import { signal } from '@preact/signals';
import type { FirstDownloadLanguage, Language } from './languages';

/** Languages whose texts (or core texts, for Leichte Sprache) come as a chunk on choice. */
export type ChunkLanguage = Exclude<Language, FirstDownloadLanguage>;

type Chunk = { texts: Record<string, Record<string, unknown>> };

/**
 * One chunk per language, named so the build report and the service worker's precache list show
 * them. The service worker precaches Leichte Sprache's and keeps the others once fetched, so a
 * language chosen once also works offline — and is there at the next start before the first
 * paint (main.tsx).
 */
const CHUNKS: Record<ChunkLanguage, () => Promise<Chunk>> = {
  'de-x-easy': () => import(/* webpackChunkName: "texts-easy" */ './language-chunks/de-x-easy'),
  tr: () => import(/* webpackChunkName: "texts-tr" */ './language-chunks/tr'),
  uk: () => import(/* webpackChunkName: "texts-uk" */ './language-chunks/uk'),
  ar: () => import(/* webpackChunkName: "texts-ar" */ './language-chunks/ar'),
};

/** The lazy languages whose texts are in i18next already. */
export const loadedLanguages = signal<ReadonlySet<ChunkLanguage>>(new Set());

const pending = new Map<ChunkLanguage, Promise<void>>();

/**
 * Fetches a language's texts once and hands them to `add` (i18n.addTexts). Rejects when the chunk
 * cannot be fetched (first visit, connection lost); a later call tries again.
 */
export function loadLanguageTexts(
  lng: ChunkLanguage,
  add: (lng: string, namespace: string, texts: Record<string, unknown>) => void,
): Promise<void> {
  if (loadedLanguages.value.has(lng)) return Promise.resolve();
  let loading = pending.get(lng);
  if (!loading) {
    loading = CHUNKS[lng]()
      .then(({ texts }) => {
        for (const [namespace, bundle] of Object.entries(texts)) add(lng, namespace, bundle);
        loadedLanguages.value = new Set([...loadedLanguages.value, lng]);
      })
      .finally(() => pending.delete(lng));
    pending.set(lng, loading);
  }
  return loading;
}
