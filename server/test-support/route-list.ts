import type { Express } from 'express';

export interface RouteEntry {
  method: string;
  /** Express path with `:params`, e.g. `/api/files/:id/chunks/:n`. */
  path: string;
}

interface LayerLike {
  rawPath?: string | string[];
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: LayerLike[] };
}

function join(prefix: string, path: string): string {
  return (prefix + (path === '/' ? '' : path)).replace(/\/+/g, '/') || '/';
}

/** Every route the app really serves, read from Express's own router (mounted routers included). */
export function listRoutes(app: Express): RouteEntry[] {
  const out: RouteEntry[] = [];
  const walk = (stack: LayerLike[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const path of [layer.route.path].flat()) {
          for (const method of Object.keys(layer.route.methods)) {
            if (method !== '_all') out.push({ method: method.toUpperCase(), path: join(prefix, path) });
          }
        }
      } else if (layer.handle?.stack) {
        const mount = typeof layer.rawPath === 'string' ? layer.rawPath : '/';
        walk(layer.handle.stack, join(prefix, mount));
      }
    }
  };
  walk((app as unknown as { router: { stack: LayerLike[] } }).router.stack, '');
  return out.filter((r, i) => out.findIndex((o) => o.method === r.method && o.path === r.path) === i);
}
