import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router, type Response } from 'express';
import { precompressedFiles, sendPrecompressed } from './compressed-static';
import { prerenderedPage, rememberLanguageInAddress, withLoginReturn } from './prerendered-pages';

/** Names with a content hash (`main.3f9c0a1b.js`) never change: cached for a year, immutable. */
const HASHED = /\.[0-9a-f]{8,}\./;

function cacheHeaders(res: Response, file: string): void {
  const name = path.basename(file);
  if (name === 'sw.js') {
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Service-Worker-Allowed', '/');
  } else if (name === 'index.html' || name.endsWith('.webmanifest')) {
    res.setHeader('Cache-Control', 'no-cache');
  } else if (HASHED.test(name)) {
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  } else {
    res.setHeader('Cache-Control', 'public, max-age=3600');
  }
}

/**
 * The built PWA: hashed assets cached for a year, the shell and service worker always
 * revalidated (so a new version is found), and every other GET an app route: its prerendered
 * page in the visitor's language where the build made one, else index.html.
 * Text files go out brotli- or gzip-compressed from the build's precompressed copies.
 */
export function staticFiles(distDir: string): Router {
  const router = Router();
  const index = path.join(distDir, 'index.html');
  router.use(precompressedFiles(distDir, cacheHeaders));
  router.use(express.static(distDir, { index: false, setHeaders: cacheHeaders }));
  router.get(/^\/(?!api\/|healthz).*/, (req, res, next) => {
    if (path.extname(req.path)) return next();
    if (!existsSync(index)) {
      res.status(503).type('text/plain; charset=utf-8').send('Die App ist noch nicht gebaut: bitte „npm run build“ ausführen.');
      return;
    }
    const noCache = (r: Response) => r.setHeader('Cache-Control', 'no-cache');
    // The same address differs by language (cookie or query): caches must keep them apart.
    res.vary('Cookie');
    rememberLanguageInAddress(req, res);
    const prerendered = prerenderedPage(distDir, req);
    const carried = prerendered && withLoginReturn(prerendered, req);
    if (carried) {
      noCache(res);
      res.type('html').send(carried);
      return;
    }
    const page = prerendered ?? path.resolve(index);
    if (sendPrecompressed(req, res, page, noCache)) return;
    noCache(res);
    res.sendFile(page);
  });
  return router;
}
