import { signal } from '@preact/signals';
import { currentEntries, currentServices, localized, lookupService } from '../../domain/catalogue/lookup';
import type { CatalogueEntry, FormService } from '../../domain/catalogue/service-definition';
import { language, textIn } from '../i18n/i18n';
import { isolateLatinRuns } from '../format/isolate';

/**
 * The city's catalogue of services, as the server publishes it. The build writes it to a
 * content-hashed file (`catalogue-file-plugin.ts`), which the service worker precaches, so the
 * device has it offline from the first visit on and a new catalogue arrives with the app update
 * that needs it. The app never bundles the catalogue itself.
 */
declare const __CATALOGUE_URL__: string | undefined;
const CATALOGUE_URL = typeof __CATALOGUE_URL__ === 'string' ? __CATALOGUE_URL__ : '/catalogue.json';

/** `undefined` while loading. */
export const catalogue = signal<readonly CatalogueEntry[] | undefined>(undefined);
export const catalogueFailed = signal(false);

const RETRY_MS = 5000;

export async function loadCatalogue(): Promise<void> {
  try {
    const response = await fetch(CATALOGUE_URL, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`catalogue: HTTP ${response.status}`);
    catalogue.value = (await response.json()) as CatalogueEntry[];
    catalogueFailed.value = false;
  } catch {
    // Only possible before the service worker holds the file (first visit, no connection).
    catalogueFailed.value = true;
    const retry = () => void loadCatalogue();
    if (typeof window !== 'undefined') {
      window.addEventListener('online', retry, { once: true });
      setTimeout(retry, RETRY_MS);
    }
  }
}

/** A form service by id (newest, or the version a request was made with); `null` once loaded and absent. */
export function useService(id: string, version?: number): FormService | null | undefined {
  const entries = catalogue.value;
  if (!entries) return undefined;
  return (version !== undefined ? lookupService(entries, id, version) : undefined) ?? lookupService(entries, id) ?? null;
}

export function useCurrentEntries(): CatalogueEntry[] | undefined {
  const entries = catalogue.value;
  return entries ? currentEntries(entries) : undefined;
}

export function useCurrentServices(): FormService[] {
  const entries = catalogue.value;
  return entries ? currentServices(entries) : [];
}

/**
 * An entry's text in the current language. German, English and Leichte Sprache come with the
 * catalogue itself; Turkish, Ukrainian and Arabic from `locales/<lng>/catalogue-services.json`
 * (`<service id>.title|summary`), which arrives in that language's lazy text chunk — so the
 * catalogue file every device downloads does not grow with each language.
 */
function entryText(entry: Pick<CatalogueEntry, 'id' | 'title' | 'summary'>, path: 'title' | 'summary'): string {
  const lng = language.value;
  return entry[path][lng] ?? textIn(lng, `catalogue-services:${entry.id}.${path}`) ?? localized(entry[path], lng);
}

/** Title of an entry in the current language. */
export function titleOf(entry: Pick<CatalogueEntry, 'id' | 'title' | 'summary'>): string {
  return isolateLatinRuns(entryText(entry, 'title'));
}

export function summaryOf(entry: Pick<CatalogueEntry, 'id' | 'title' | 'summary'>): string {
  return entryText(entry, 'summary');
}

/** Title of a service by id, for lists of requests; the id itself until the catalogue is loaded. */
export function serviceTitle(serviceId: string): string {
  const entries = catalogue.value;
  const entry = entries ? lookupService(entries, serviceId) : undefined;
  return entry ? titleOf(entry) : serviceId;
}
