/**
 * The prerender's entry, bundled by webpack for Node (prerender-bundle.ts) so it resolves, loads
 * and splits exactly like the page does. Renders one address in one language as an anonymous
 * visitor would first see it, with the texts and catalogue the page loads before hydrating.
 */
import prerender, { locationStub } from 'preact-iso/prerender';
import { App } from '../../app/App';
import { prerenderedTitle } from '../../app/page-title';
import { routeTextNeed } from '../../app/route-texts';
import { catalogue } from '../../catalogue/catalogue';
import { ensureLanguageTexts, initI18n, reportMissingTexts, setLanguage } from '../../i18n/i18n';
import type { Language } from '../../i18n/languages';
import { loadNamespaces } from '../../i18n/namespace-texts';
import type { CatalogueEntry } from '../../../domain/catalogue/service-definition';

let started = false;
const missing = new Set<string>();

export interface RenderedPage {
  /** The markup of `<div id="app">`. */
  html: string;
  title: string;
  /** Texts the page asked for that its loaded namespaces lack (`ns:key`). */
  missingTexts: string[];
}

export async function renderPage(path: string, lng: Language, entries: readonly CatalogueEntry[]): Promise<RenderedPage> {
  locationStub(path);
  if (!started) {
    initI18n('de');
    reportMissingTexts((key) => missing.add(key));
    started = true;
  }
  catalogue.value = entries;
  await ensureLanguageTexts(lng);
  await setLanguage(lng);
  await loadNamespaces(routeTextNeed(path, lng), lng);
  prerenderedTitle.value = '';
  missing.clear();
  const { html } = await prerender(<App />);
  // preact-iso appends an empty data script; the CSP allows no inline script, so it goes.
  return { html: html.replace(/<script type="isodata"><\/script>$/, ''), title: prerenderedTitle.value, missingTexts: [...missing] };
}
