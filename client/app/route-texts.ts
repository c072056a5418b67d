import { catalogue } from '../catalogue/catalogue';
import { lookupService } from '../../domain/catalogue/lookup';
import type { Language } from '../i18n/languages';
import { namespacesFor, type NamespaceNeed } from '../i18n/namespaces';

/** The feature namespaces the page at `path` shows, with service pages resolved against the catalogue. */
export function routeTextNeed(path: string, lng: Language): NamespaceNeed {
  return namespacesFor(path, lng, (id) => {
    const entries = catalogue.value;
    if (!entries) return undefined;
    return lookupService(entries, id)?.namespace ?? null;
  });
}
