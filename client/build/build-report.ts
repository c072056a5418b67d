/**
 * Reads a finished production compilation and answers the questions a reviewer of a change to
 * the client asks: what does a first visit download, what loads later, what does the service
 * worker keep offline, and is any of it out of bounds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Compilation } from 'webpack';
import { filesNotForCitizens } from './citizen-precache';

/**
 * First-visit budget for JS+CSS, gzip. The app without RxDB measured ~23 KB; RxDB alone is
 * ~125 KB; issue 15 caps the first visit at 80 KB. It had crept to 87.5 KB (87.1 measured) when
 * city identity, BundID, e-mail confirmation and the staff layout landed; examined module by module
 * (`BUILD_ENTRY_MODULES=1 npm run build`), the pages of filling in a request and workbox-window
 * moved behind import() (App.tsx, register-service-worker.ts): 73.7 KB measured. The street
 * register from the city configuration, the trust level on the start page and the question page
 * that renders before the local store brought it to 76.2 KB; the language switch as a form that
 * works before the script (?lang=), the paint-timed start and the texts asked for beside the
 * catalogue to 77.2 KB (2026-12-08). On a prerendered page none of it is fetched before the first
 * paint any more (client/app/prerendered-scripts.ts). 78 KB leaves a little room, stays under
 * issue 15's 80 and still trips long before the database (or a similar heavyweight) could slip in.
 */
export const INITIAL_GZIP_BUDGET = 78 * 1024;

export interface AssetFigures {
  name: string;
  kind: 'initial' | 'lazy' | 'html' | 'service worker' | 'other';
  bytes: number;
  gzipBytes: number;
}

export interface BuildReport {
  assets: AssetFigures[];
  initialGzipBytes: number;
  lazyGzipBytes: number;
  precache: { urls: string[]; bytes: number; gzipBytes: number };
  problems: string[];
}

const gzipSize = (content: Buffer) => gzipSync(content, { level: 9 }).length;
const isShipped = (name: string) => !name.endsWith('.map') && !name.endsWith('.LICENSE.txt');

/**
 * The precache list as InjectManifest wrote it into sw.js (keys and strings in single or double
 * quotes, depending on minification).
 */
export function precachedUrls(serviceWorkerSource: string): string[] {
  const urls: string[] = [];
  for (const match of serviceWorkerSource.matchAll(/['"]?url['"]?\s*:\s*['"]([^'"]+)['"]/g)) {
    urls.push(match[1]);
  }
  return urls;
}

export function createBuildReport(
  compilation: Compilation,
  options: { entry: string; serviceWorker: string; publicPath: string; outputPath: string },
): BuildReport {
  const problems: string[] = [];
  const initialFiles = new Set(compilation.entrypoints.get(options.entry)?.getFiles() ?? []);
  const contents = new Map<string, Buffer>();
  // From disk: after emitting, webpack keeps only the sizes of asset sources in memory.
  for (const asset of compilation.getAssets()) {
    if (isShipped(asset.name)) contents.set(asset.name, readFileSync(path.join(options.outputPath, asset.name)));
  }

  const assets: AssetFigures[] = [...contents].map(([name, content]) => ({
    name,
    kind: initialFiles.has(name)
      ? 'initial'
      : name === options.serviceWorker
        ? 'service worker'
        : name.endsWith('.html')
          ? 'html'
          : /\.(js|css)$/.test(name)
            ? 'lazy'
            : 'other',
    bytes: content.length,
    gzipBytes: gzipSize(content),
  }));
  const sum = (kind: AssetFigures['kind'], key: 'bytes' | 'gzipBytes') =>
    assets.filter((asset) => asset.kind === kind).reduce((total, asset) => total + asset[key], 0);

  const initialGzipBytes = sum('initial', 'gzipBytes');
  if (initialGzipBytes > INITIAL_GZIP_BUDGET) {
    problems.push(
      `Initial JS+CSS is ${kb(initialGzipBytes)} gzip, over the ${kb(INITIAL_GZIP_BUDGET)} budget. ` +
        'Move heavy code behind import().',
    );
  }

  const swSource = contents.get(options.serviceWorker)?.toString() ?? '';
  const urls = precachedUrls(swSource);
  const precachedFiles = new Set(urls.map((url) => url.slice(options.publicPath.length)));
  // Left out on purpose, fetched and kept when needed (citizen-precache.ts).
  const onDemand = filesNotForCitizens(compilation);
  for (const name of contents.keys()) {
    if (name !== options.serviceWorker && !precachedFiles.has(name) && !onDemand.has(name) && !name.startsWith('prerendered/')) {
      // An unprecached chunk means an offline start fails as soon as the app needs it.
      problems.push(`${name} is not in the service worker's precache.`);
    }
  }
  for (const file of precachedFiles) {
    if (!contents.has(file)) problems.push(`The precache lists ${file}, which the build did not emit.`);
  }
  let precacheBytes = 0;
  let precacheGzipBytes = 0;
  for (const file of precachedFiles) {
    const figures = assets.find((asset) => asset.name === file);
    precacheBytes += figures?.bytes ?? 0;
    precacheGzipBytes += figures?.gzipBytes ?? 0;
  }

  return {
    assets: assets.sort((a, b) => a.kind.localeCompare(b.kind) || b.bytes - a.bytes),
    initialGzipBytes,
    lazyGzipBytes: sum('lazy', 'gzipBytes'),
    precache: { urls, bytes: precacheBytes, gzipBytes: precacheGzipBytes },
    problems,
  };
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function formatBuildReport(report: BuildReport): string {
  const lines = report.assets.map(
    (asset) =>
      `  ${asset.kind.padEnd(15)} ${asset.name.padEnd(48)} ${kb(asset.bytes).padStart(10)} ${kb(asset.gzipBytes).padStart(10)} gzip`,
  );
  lines.push(
    '',
    `  first visit (initial JS+CSS): ${kb(report.initialGzipBytes)} gzip (budget ${kb(INITIAL_GZIP_BUDGET)})`,
    `  loaded after first paint:     ${kb(report.lazyGzipBytes)} gzip`,
    `  precache: ${report.precache.urls.length} URLs, ${kb(report.precache.bytes)} (${kb(report.precache.gzipBytes)} gzip on the wire)`,
  );
  return lines.join('\n');
}
