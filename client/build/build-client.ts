/**
 * `npm run build`: builds the client with webpack.config.ts and prints what a visit costs.
 * Exits non-zero on any webpack error or warning (a warning here is usually a precache or
 * resolution problem that would only show up offline), and on a broken size/precache budget.
 *
 * BUILD_MODE=development builds unminified and without offline support, for tests and debugging.
 */
import path from 'node:path';
import webpack, { type Stats } from 'webpack';
import { buildModeFromEnv, createWebpackConfig } from '../../webpack.config';
import { createBuildReport, formatBuildReport, kb } from './build-report';
import { createCatalogueFile } from './catalogue-file-plugin';
import { entryModules, formatEntryModules } from './entry-modules';
import { prerenderPages } from './prerender';
import { precompressAssets } from './precompress';
import { firstPaintBytes, firstVisitBytes } from './visit-figures';

/** Issue 17: a first anonymous visit, precache included, moves at most this (brotli). */
const FIRST_VISIT_BUDGET = 400 * 1024;

async function runWebpack(mode: ReturnType<typeof buildModeFromEnv>): Promise<Stats> {
  const compiler = webpack(createWebpackConfig({ mode }));
  try {
    return await new Promise<Stats>((resolve, reject) => {
      compiler.run((error, stats) => (error || !stats ? reject(error ?? new Error('no stats')) : resolve(stats)));
    });
  } finally {
    await new Promise<void>((resolve) => compiler.close(() => resolve()));
  }
}

async function main(): Promise<number> {
  const mode = buildModeFromEnv();
  const started = performance.now();
  const stats = await runWebpack(mode);
  const { compilation } = stats;
  const outputPath = compilation.outputOptions.path ?? path.resolve('dist');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  const messages = stats.toJson({ all: false, errors: true, warnings: true });
  for (const error of messages.errors ?? []) console.error(`ERROR ${error.message}\n`);
  for (const warning of messages.warnings ?? []) console.error(`WARNING ${warning.message}\n`);
  if (stats.hasErrors() || stats.hasWarnings()) {
    console.error(`Build failed (${mode}) after ${seconds} s.`);
    return 1;
  }

  console.log(`Built ${mode} client into ${path.relative(process.cwd(), outputPath) || '.'}/ in ${seconds} s`);
  if (mode === 'development') return 0;

  const report = createBuildReport(compilation, {
    entry: 'main',
    serviceWorker: 'sw.js',
    publicPath: '/',
    outputPath,
  });
  console.log(formatBuildReport(report));
  if (process.env.BUILD_ENTRY_MODULES) console.log(formatEntryModules(entryModules(compilation, 'main', process.cwd())));
  const prerendered = await prerenderPages(process.cwd(), outputPath, `/${createCatalogueFile({ hashed: true }).file}`);
  console.log(`  prerendered ${prerendered.pages} pages (every language): ${kb(prerendered.bytes)}`);
  const packed = precompressAssets(outputPath);
  console.log(`  precompressed ${packed.files} text files: ${kb(packed.bytes)} → ${kb(packed.brotliBytes)} brotli, ${kb(packed.gzipBytes)} gzip`);
  console.log(`  before first paint on /:      ${kb(firstPaintBytes(outputPath))} brotli (prerendered HTML + render-blocking CSS; target 40 KB)`);
  const firstVisit = firstVisitBytes(outputPath);
  console.log(`  first visit to / in all:      ${kb(firstVisit)} brotli (page, service worker and its precache; target ${kb(FIRST_VISIT_BUDGET)})`);
  if (firstVisit > FIRST_VISIT_BUDGET) report.problems.push(`A first visit moves ${kb(firstVisit)} brotli, over ${kb(FIRST_VISIT_BUDGET)}: something a citizen does not need offline is precached.`);
  for (const problem of report.problems) console.error(`ERROR ${problem}`);
  return report.problems.length ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
