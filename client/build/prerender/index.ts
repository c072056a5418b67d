/**
 * Prerenders the public pages (client/i18n/namespaces.ts PRERENDERED_PATHS and every service's
 * start page) in every language into `dist/prerendered/<lng><path>.html`, after the page build.
 * The server sends these for the address and language asked (server/http/prerendered-pages.ts):
 * the first paint needs no script, search engines read each page's own title and description,
 * and the content is there for anyone whose script fails.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { catalogueEntries } from '../../../domain/catalogue';
import { currentServices } from '../../../domain/catalogue/lookup';
import type { CatalogueEntry } from '../../../domain/catalogue/service-definition';
import { LANGUAGES, type Language } from '../../i18n/languages';
import { PRERENDERED_PATHS } from '../../i18n/namespaces';
import { BRAND } from '../brand';
import type { RenderedPage } from './render-page';
import { bootScriptUrl, scriptsAfterFirstPaint } from './app-scripts';
import { pageDocument } from './page-document';
import { buildPrerenderBundle, prerenderBundleConfig } from './prerender-bundle';

export const PRERENDERED_DIR = 'prerendered';

/** Where the page for `path` in `lng` lies under dist/: `/` → `de/index.html`, `/anmelden` → `de/anmelden.html`. */
export function prerenderedFile(lng: Language, pagePath: string): string {
  return `${PRERENDERED_DIR}/${lng}${pagePath === '/' ? '/index' : pagePath}.html`;
}

export function prerenderedPaths(entries: readonly CatalogueEntry[]): string[] {
  return [...PRERENDERED_PATHS, ...currentServices(entries).map((service) => `/${service.id}`)];
}

export async function prerenderPages(root: string, distDir: string, catalogueUrl: string): Promise<{ pages: number; bytes: number }> {
  const bundleDir = path.join(tmpdir(), `bp-prerender-${process.pid}`);
  await buildPrerenderBundle(prerenderBundleConfig(root, bundleDir, catalogueUrl));
  try {
    const { renderPage } = createRequire(import.meta.url)(path.join(bundleDir, 'render-page.cjs')) as {
      renderPage: (pagePath: string, lng: Language, entries: readonly CatalogueEntry[]) => Promise<RenderedPage>;
    };
    const shell = scriptsAfterFirstPaint(readFileSync(path.join(distDir, 'index.html'), 'utf8'), bootScriptUrl(distDir));
    const entries = catalogueEntries();
    rmSync(path.join(distDir, PRERENDERED_DIR), { recursive: true, force: true });
    let pages = 0;
    let bytes = 0;
    for (const lng of LANGUAGES) {
      for (const pagePath of prerenderedPaths(entries)) {
        const page = await renderPage(pagePath, lng, entries).catch((error: unknown) => {
          throw new Error(`prerender: ${pagePath} (${lng}) failed`, { cause: error });
        });
        if (!page.title) throw new Error(`prerender: ${pagePath} (${lng}) set no page title`);
        if (page.missingTexts.length) throw new Error(`prerender: ${pagePath} (${lng}) shows texts its namespaces lack (client/i18n/namespaces.ts): ${page.missingTexts.join(', ')}`);
        const html = pageDocument(shell, { path: pagePath, language: lng, title: page.title, html: page.html, fallbackDescription: BRAND.description });
        const file = path.join(distDir, prerenderedFile(lng, pagePath));
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, html);
        pages += 1;
        bytes += Buffer.byteLength(html);
      }
    }
    return { pages, bytes };
  } finally {
    if (!process.env.KEEP_PRERENDER_BUNDLE) rmSync(bundleDir, { recursive: true, force: true });
  }
}
