import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

/**
 * The built PWA: hashed assets cached for a year, the shell and service worker always
 * revalidated (so a new version is found), and every other GET an app route served by index.html.
 */
export function staticFiles(distDir: string): Router {
  const router = Router();
  const index = path.join(distDir, 'index.html');
  router.use(
    express.static(distDir, {
      index: false,
      setHeaders(res, file) {
        const name = path.basename(file);
        if (name === 'sw.js') {
          res.setHeader('Cache-Control', 'no-cache');
          res.setHeader('Service-Worker-Allowed', '/');
        } else if (name === 'index.html' || name.endsWith('.webmanifest')) {
          res.setHeader('Cache-Control', 'no-cache');
        } else if (/\.[0-9a-f]{8,}\./.test(name)) {
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        } else {
          res.setHeader('Cache-Control', 'public, max-age=3600');
        }
      },
    }),
  );
  router.get(/^\/(?!api\/|healthz).*/, (req, res, next) => {
    if (path.extname(req.path)) return next();
    if (!existsSync(index)) {
      res.status(503).type('text/plain; charset=utf-8').send('Die App ist noch nicht gebaut: bitte „npm run build“ ausführen.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
