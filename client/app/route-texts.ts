import { catalogue } from '../catalogue/catalogue';
import { lookupService } from '../../domain/catalogue/lookup';
import type { Language } from '../i18n/languages';
import { namespacesFor, type NamespaceNeed } from '../i18n/namespaces';

/** Each form service's text namespace, written in by the build from the catalogue (catalogue-file-plugin.ts). */
declare const __SERVICE_NAMESPACES__: Readonly<Record<string, string>> | undefined;
const BUILT_NAMESPACES: Readonly<Record<string, string>> = typeof __SERVICE_NAMESPACES__ === 'object' ? __SERVICE_NAMESPACES__ : {};

/**
 * The feature namespaces the page at `path` shows, with service pages resolved against the
 * catalogue. Before the catalogue is there, a service the build knew resolves from the build's
 * list, so a question page asks for its texts at once, in parallel with the catalogue (issue 17).
 */
export function routeTextNeed(path: string, lng: Language): NamespaceNeed {
  return namespacesFor(path, lng, (id) => {
    const entries = catalogue.value;
    if (!entries) return Object.prototype.hasOwnProperty.call(BUILT_NAMESPACES, id) ? BUILT_NAMESPACES[id] : undefined;
    return lookupService(entries, id)?.namespace ?? null;
  });
}
