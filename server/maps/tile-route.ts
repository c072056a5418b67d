import type { Router } from 'express';
import { api } from '../../domain/api';
import { HttpError } from '../http/api-error';
import { contractRouter } from '../http/contract';
import type { MapInfo } from '../../domain/maps';
import type { MapConfig } from './map-config';

const MAX_ZOOM = 19;

/** The tile's address at the provider; null when z/x/y are not a tile (x and y below 2^z). */
export function tileAddress(template: string, z: string, x: string, y: string): string | null {
  if (![z, x, y].every((n) => /^\d{1,7}$/.test(n))) return null;
  const [zn, xn, yn] = [z, x, y].map(Number);
  if (zn > MAX_ZOOM || xn >= 2 ** zn || yn >= 2 ** zn) return null;
  return template.replace('{z}', z).replace('{x}', x).replace('{y}', y);
}

/**
 * `GET /api/karte` (what the map needs to know) and `GET /api/karte/kacheln/:z/:x/:y` (one tile,
 * fetched from MAP_TILE_URL). Tiles come through the portal's own origin: the CSP stays
 * `img-src 'self'`, the service worker may keep them, and the citizen's browser talks to no third
 * party (no address of theirs reaches the tile provider).
 */
export function mapRoutes(config: MapConfig | undefined, fetchTile: typeof fetch = fetch): Router {
  const { router, route } = contractRouter('/api/karte');
  route(api('map.info'), (_input, _req, res) => {
    const info: MapInfo = { available: !!config?.tileUrl, attribution: config?.attribution ?? '', maxZoom: config?.maxZoom ?? 18 };
    res.json(info);
  });
  route(api('map.tile'), async ({ params }, _req, res) => {
    if (!config?.tileUrl) throw new HttpError(503, 'map_unavailable', [], 'map:apiErrors.map_unavailable');
    const address = tileAddress(config.tileUrl, params.z, params.x, params.y);
    if (!address) throw new HttpError(400, 'invalid_tile', [{ field: 'z', code: 'not_a_tile' }], 'map:apiErrors.invalid_tile');
    const failed = () => new HttpError(502, 'tile_provider_failed', [], 'map:apiErrors.tile_provider_failed');
    let answer: Response;
    try {
      answer = await fetchTile(address, { signal: AbortSignal.timeout(10_000) });
    } catch {
      throw failed();
    }
    const type = answer.headers.get('content-type') ?? '';
    if (!answer.ok || !/^image\/(png|jpeg|webp)/.test(type)) throw failed();
    let body: Buffer;
    try {
      body = Buffer.from(await answer.arrayBuffer());
    } catch {
      throw failed();
    }
    res.setHeader('Content-Type', type);
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.send(body);
  });
  return router;
}
