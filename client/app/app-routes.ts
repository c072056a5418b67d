import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The routes `App.tsx` declares, read from its source: the route table stays plain JSX (easy to
 * read and to merge), and the screen inventory of the accessibility tests is checked against
 * exactly what the app routes. The default route is reported as `*`. Node only (tests).
 */
export function appRoutes(source = readFileSync(fileURLToPath(new URL('./App.tsx', import.meta.url)), 'utf8')): string[] {
  const routes: string[] = [];
  for (const match of source.matchAll(/<Route\b([^>]*?)\/?>/g)) {
    const attrs = match[1];
    const path = /\bpath="([^"]+)"/.exec(attrs)?.[1];
    if (path) routes.push(path);
    else if (/\bdefault\b/.test(attrs)) routes.push('*');
  }
  return routes;
}
