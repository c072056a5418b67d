/**
 * Fails a production build that would ship something it must not. Each rule is a mistake that
 * is easy to make in app code and invisible until a user pays for it.
 */
import webpack, { type Compilation, type Compiler, type Module } from 'webpack';

/**
 * RxDB dev-mode adds a 1-pixel tracking iframe in browsers and megabytes of checks; it is for
 * development only (see DESIGN.md, "Measured pitfalls").
 */
const RXDB_DEV_MODE = /[\\/]node_modules[\\/]rxdb[\\/].*[\\/]plugins[\\/]dev-mode[\\/]/;

/**
 * RxDB is ~125 KB gzip of a ~148 KB bundle; the start page must not wait for it (LCP ~1.0 s
 * without, ~1.6 s with). The app loads it with import() after the first paint.
 */
const RXDB_ANY = /[\\/]node_modules[\\/](rxdb|dexie)[\\/]/;

/**
 * Only German, English and Leichte Sprache ship in the first download; every other language is
 * a chunk of its own, fetched when chosen (client/i18n/language-texts.ts).
 */
const LAZY_LANGUAGE_TEXTS = /[\\/]locales[\\/](?!(?:de|en|de-x-easy)[\\/])[\w-]+[\\/][\w-]+\.json$/;

/** The CSP forbids inline scripts and styles, so index.html must not contain any. */
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>/i;
const INLINE_STYLE = /<style\b|\sstyle=/i;

function resourceOf(module: Module): string {
  return 'resource' in module && typeof module.resource === 'string' ? module.resource : '';
}

function checkModules(compilation: Compilation): void {
  const { chunkGraph } = compilation;
  for (const module of compilation.modules) {
    const resource = resourceOf(module);
    if (RXDB_DEV_MODE.test(resource)) {
      compilation.errors.push(
        new webpack.WebpackError(
          `RxDB dev-mode is in the production bundle (${resource}). ` +
            "Import 'rxdb/plugins/dev-mode' only behind process.env.NODE_ENV !== 'production'.",
        ),
      );
      return;
    }
  }
  for (const chunk of compilation.chunks) {
    if (!chunk.canBeInitial()) continue;
    for (const module of chunkGraph.getChunkModulesIterable(chunk)) {
      const resource = resourceOf(module);
      if (LAZY_LANGUAGE_TEXTS.test(resource)) {
        compilation.errors.push(
          new webpack.WebpackError(
            `A lazily loaded language is in the first-visit bundle (${resource}). ` +
              'Only de, en and de-x-easy are bundled; other languages load with language-texts.ts.',
          ),
        );
        return;
      }
      if (RXDB_ANY.test(resource)) {
        compilation.errors.push(
          new webpack.WebpackError(
            `RxDB/Dexie is in the first-visit bundle (${resource}). ` +
              'Load the database with a dynamic import() after the first paint.',
          ),
        );
        return;
      }
    }
  }
}

function checkHtml(compilation: Compilation): void {
  for (const asset of compilation.getAssets()) {
    if (!asset.name.endsWith('.html')) continue;
    const html = asset.source.source().toString();
    if (INLINE_SCRIPT.test(html) || INLINE_STYLE.test(html)) {
      compilation.errors.push(
        new webpack.WebpackError(
          `${asset.name} contains an inline <script> or style, which the CSP blocks.`,
        ),
      );
    }
  }
}

export class BundleGuardsPlugin {
  apply(compiler: Compiler): void {
    // thisCompilation: only the page bundle, not the service worker's child compilation.
    compiler.hooks.thisCompilation.tap(BundleGuardsPlugin.name, (compilation) => {
      compilation.hooks.afterOptimizeChunkModules.tap(BundleGuardsPlugin.name, () =>
        checkModules(compilation),
      );
      compilation.hooks.processAssets.tap(
        { name: BundleGuardsPlugin.name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => checkHtml(compilation),
      );
    });
  }
}
