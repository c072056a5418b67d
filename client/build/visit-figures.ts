/**
 * What a visit moves, as the server sends it (the brotli copy where the build made one): read from
 * the built files after precompress, so the figures are what a browser that accepts brotli gets.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { precachedUrls } from './build-report';

const sent = (file: string) => statSync(existsSync(`${file}.br`) ? `${file}.br` : file).size;

/** What the start page needs before it can paint: its prerendered HTML and the stylesheets it links. */
export function firstPaintBytes(outputPath: string): number {
  const page = path.join(outputPath, 'prerendered/de/index.html');
  const styles = [...readFileSync(page, 'utf8').matchAll(/<link href="\/([^"]+\.css)" rel="stylesheet">/g)].map((m) => path.join(outputPath, m[1]));
  return [page, ...styles].reduce((total, file) => total + sent(file), 0);
}

/**
 * A first anonymous visit to `/` in all: the prerendered page, the service worker and everything
 * it precaches (which holds the page's scripts and stylesheets, so nothing counts twice).
 */
export function firstVisitBytes(outputPath: string, serviceWorker = 'sw.js'): number {
  const worker = path.join(outputPath, serviceWorker);
  const files = new Set(precachedUrls(readFileSync(worker, 'utf8')).map((url) => path.join(outputPath, url.replace(/^\//, ''))));
  files.add(path.join(outputPath, 'prerendered/de/index.html'));
  files.add(worker);
  return [...files].reduce((total, file) => total + sent(file), 0);
}
