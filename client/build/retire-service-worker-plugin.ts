/**
 * Development builds have no service worker, but a browser that once ran a production build on
 * the same origin (localhost:3000) still has that build's worker, which keeps answering every
 * navigation from its precache: the development build would never load. A missing /sw.js does
 * not make the browser drop the old worker, a different one does. So development builds emit an
 * sw.js that, once the browser finds it on its next update check, deletes the portal's caches
 * and unregisters itself; the next navigation then reaches the server.
 */
import webpack, { type Compiler } from 'webpack';
import { CACHE_PREFIX } from '../sw/cache-prefix';

const RETIRING_WORKER = `// Development build: removes a service worker left over from a production build.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(${JSON.stringify(`${CACHE_PREFIX}-`)})).map((name) => caches.delete(name))))
      .then(() => self.registration.unregister()),
  );
});
`;

export class RetireServiceWorkerPlugin {
  apply(compiler: Compiler): void {
    compiler.hooks.thisCompilation.tap(RetireServiceWorkerPlugin.name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: RetireServiceWorkerPlugin.name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => compilation.emitAsset('sw.js', new webpack.sources.RawSource(RETIRING_WORKER)),
      );
    });
  }
}
