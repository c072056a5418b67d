/**
 * Builds the citizen PWA into dist/: the page bundle, index.html, manifest, icons and the
 * service worker. Run through `npm run build` (client/build/build-client.ts), which reports sizes
 * and fails on warnings; `BUILD_MODE=development` gives an unminified build without offline
 * support.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { EsbuildPlugin } from 'esbuild-loader';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import MiniCssExtractPlugin from 'mini-css-extract-plugin';
import webpack, { type Chunk, type Configuration } from 'webpack';
import { InjectManifest } from 'workbox-webpack-plugin';
import { BRAND, BUILD_CITY } from './client/build/brand';
import { cityGlobals } from './domain/city/city-config';
import { BundleGuardsPlugin } from './client/build/bundle-guards-plugin';
import { CatalogueFilePlugin, createCatalogueFile } from './client/build/catalogue-file-plugin';
import { citizenPrecache } from './client/build/citizen-precache';
import { dependencyClosure, nodeModulesPattern } from './client/build/package-dependencies';
import { createPwaAssets, PwaAssetsPlugin } from './client/build/pwa-assets-plugin';
import { RetireServiceWorkerPlugin } from './client/build/retire-service-worker-plugin';

export type BuildMode = 'production' | 'development';

export interface BuildOptions {
  mode: BuildMode;
  /** Defaults to client/main.tsx. */
  entry?: string;
  /** Defaults to dist/. */
  outputPath?: string;
}

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const PUBLIC_PATH = '/';
/** Matches the 12-hex content hash in every name below; such URLs never change content. */
export const HASHED_FILE = /\.[0-9a-f]{12}\.\w+$/;
/** InjectManifest names the service worker's child compilation (and so its chunk) after itself. */
const SERVICE_WORKER_CHUNK = 'InjectManifest';
const ES_TARGET = 'es2020';
/** The texts of Turkish, Ukrainian and Arabic, one chunk each (client/i18n/language-texts.ts). */
const LAZY_LANGUAGE_CHUNK = /\/texts-(?:tr|uk|ar)\./;

/** How sources resolve and compile, shared with the prerender bundle (client/build/prerender/). */
export const RESOLVE = {
  extensions: ['.ts', '.tsx', '.js', '.json'],
  // Lets TypeScript sources use NodeNext-style './x.js' imports of './x.ts'.
  extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
  // RxDB's leader election gives up leadership on pagehide instead of `unload` (see the file).
  alias: { unload$: path.join(ROOT, 'client/data/unload-on-pagehide.ts') },
};
export const SCRIPT_RULE = {
  test: /\.[cm]?tsx?$/,
  exclude: /node_modules/,
  loader: 'esbuild-loader',
  options: { loader: 'tsx', target: ES_TARGET, jsx: 'automatic', jsxImportSource: 'preact' },
};

/** The city chosen by CITY, as the page bundle and the prerender bundle see it (the same markup on both). */
export function cityDefinitions(emblemHref: string): Record<string, string> {
  return Object.fromEntries(Object.entries(cityGlobals(BUILD_CITY, emblemHref)).map(([name, value]) => [name, JSON.stringify(value)]));
}

export function buildModeFromEnv(env: NodeJS.ProcessEnv = process.env): BuildMode {
  const mode = env.BUILD_MODE ?? 'production';
  if (mode !== 'production' && mode !== 'development') {
    throw new Error(`BUILD_MODE must be 'production' or 'development', not '${mode}'`);
  }
  return mode;
}

export function createWebpackConfig(options: BuildOptions): Configuration {
  const production = options.mode === 'production';
  const name = (ext: string) => (production ? `assets/[name].[contenthash:12]${ext}` : `assets/[name]${ext}`);
  const pwaAssets = createPwaAssets({ hashed: production, publicPath: PUBLIC_PATH });

  return {
    mode: options.mode,
    context: ROOT,
    entry: {
      main: options.entry ?? path.join(ROOT, 'client/main.tsx'),
      // Only prerendered pages load it (client/build/prerender/app-scripts.ts), never the shell.
      boot: path.join(ROOT, 'client/after-first-paint.ts'),
    },
    target: ['web', ES_TARGET],
    // No eval-based source maps even in development: the server's CSP has no 'unsafe-eval'.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    output: {
      path: options.outputPath ?? path.join(ROOT, 'dist'),
      publicPath: PUBLIC_PATH,
      filename: name('.js'),
      chunkFilename: name('.js'),
      assetModuleFilename: name('[ext]'),
      clean: true,
    },
    resolve: RESOLVE,
    module: {
      rules: [
        SCRIPT_RULE,
        {
          test: /\.css$/,
          // Extracted to files, never style-loader: the CSP has no 'unsafe-inline' for styles.
          use: [MiniCssExtractPlugin.loader, { loader: 'css-loader', options: { importLoaders: 0 } }],
        },
        {
          // Fonts and images referenced from CSS or imported by code. Always files, never data:
          // URLs, because font-src allows only 'self'.
          test: /\.(woff2?|png|jpe?g|gif|svg|webp|avif)$/i,
          type: 'asset/resource',
        },
      ],
    },
    optimization: {
      // Also defines process.env.NODE_ENV, so `if (process.env.NODE_ENV !== 'production')`
      // blocks (RxDB dev-mode, workbox logging) are removed from production bundles.
      nodeEnv: options.mode,
      minimize: production,
      minimizer: [
        new EsbuildPlugin({ target: ES_TARGET, css: true, legalComments: 'none', exclude: LAZY_LANGUAGE_CHUNK }),
        // Ukrainian and Arabic are nearly all non-ASCII: written as UTF-8 instead of \uXXXX escapes
        // their chunks shrink by about a sixth on the wire (the page is UTF-8, the server says so).
        new EsbuildPlugin({ target: ES_TARGET, legalComments: 'none', charset: 'utf8', include: LAZY_LANGUAGE_CHUNK }),
      ],
      splitChunks: {
        // The service worker must stay one self-contained file: a split-off vendor chunk would
        // need a chunk loader that does not exist in a worker.
        chunks: (chunk: Chunk) => chunk.name !== SERVICE_WORKER_CHUNK,
        cacheGroups: {
          // RxDB with everything it pulls in as one named lazy chunk: one request, a size that is
          // easy to track, and app changes never invalidate the large, rarely changing download.
          // Only modules reached from lazy code: what the first page needs stays where it is.
          rxdbVendor: {
            test: nodeModulesPattern(dependencyClosure('rxdb', ROOT)),
            chunks: 'async',
            name: 'rxdb-vendor',
            priority: 10,
            enforce: true,
          },
        },
      },
    },
    // Webpack's hints count uncompressed bytes and would flag the deliberately lazy RxDB chunk; build-client.ts checks a gzip budget of the initial download instead.
    performance: { hints: false },
    plugins: [
      new MiniCssExtractPlugin({ filename: name('.css'), chunkFilename: name('.css') }),
      new PwaAssetsPlugin(pwaAssets),
      // The city chosen by CITY (domain/city/load-city.ts): what every page shows (client/city/city.ts)
      // and the whole configuration for the legal pages (client/pages/legal/city.ts).
      new webpack.DefinePlugin(cityDefinitions(pwaAssets.emblemHref)),
      new CatalogueFilePlugin(createCatalogueFile({ hashed: production })),
      new HtmlWebpackPlugin({
        template: path.join(ROOT, 'client/index.html'),
        filename: 'index.html',
        excludeChunks: ['boot'],
        templateParameters: {
          brand: BRAND,
          appleTouchIconHref: pwaAssets.iconHrefs['apple-touch-icon'],
          faviconHref: pwaAssets.iconHrefs['favicon-32'],
        },
      }),
      ...(production
        ? [new BundleGuardsPlugin(), serviceWorkerPlugin()]
        : [new RetireServiceWorkerPlugin()]),
    ],
  };
}

/**
 * Only in production: the page registers the worker only in production builds, and a precache
 * of unhashed development files would serve stale code.
 */
function serviceWorkerPlugin(): InjectManifest {
  return new InjectManifest({
    swSrc: path.join(ROOT, 'client/sw/service-worker.ts'),
    swDest: 'sw.js',
    // Hashed URLs are their own version; only index.html and the manifest need a revision.
    dontCacheBustURLsMatching: HASHED_FILE,
    // The database chunk is several hundred KB before compression; the default 2 MB cap would
    // silently leave it out and break offline starts.
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    exclude: [/\.map$/, /\.LICENSE\.txt$/],
    // Other languages, staff texts and staff pages are fetched when needed (client/sw/).
    manifestTransforms: [citizenPrecache],
  });
}

export default (): Configuration => createWebpackConfig({ mode: buildModeFromEnv() });
