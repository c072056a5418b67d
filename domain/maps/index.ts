import { streetRegister } from '../places/streets';

/** `GET /api/karte`: whether the portal has a map, and whose tiles they are. */
export interface MapInfo {
  available: boolean;
  attribution: string;
  maxZoom: number;
}

/** The tile path the map loads from the portal's own origin (server/maps proxies MAP_TILE_URL). */
export const TILE_PATH = '/api/karte/kacheln/{z}/{x}/{y}';

/** Where the map starts when no position is known yet: the city's (its street register's `mapStart`). */
export function mapStart(): { lat: number; lon: number } {
  return streetRegister().mapStart;
}

/** "lat, lon" with five decimals (about a metre), the format of a location answer. */
export function formatLatLon(lat: number, lon: number): string {
  return `${lat.toFixed(5)}, ${lon.toFixed(5)}`;
}

export function parseLatLon(text: string): { lat: number; lon: number } | null {
  const match = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$/.exec(text);
  if (!match) return null;
  const [lat, lon] = [Number(match[1]), Number(match[2])];
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : null;
}

export * from './nearby-reports';
