/** Where map tiles come from (MAP_TILE_URL, a `{z}/{x}/{y}` template) and whose they are. */
export interface MapConfig {
  tileUrl?: string;
  attribution: string;
  maxZoom: number;
}

export function loadMapConfig(env: NodeJS.ProcessEnv): MapConfig {
  const tileUrl = env.MAP_TILE_URL || undefined;
  if (tileUrl && !/\{z\}/.test(tileUrl)) throw new Error('MAP_TILE_URL braucht die Platzhalter {z}, {x} und {y}');
  return {
    tileUrl,
    attribution: env.MAP_TILE_ATTRIBUTION || '',
    maxZoom: 18,
  };
}
