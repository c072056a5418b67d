/**
 * Which street a point on the map is at, worked out on the device without any geocoding
 * service: the map's pin is read out as "Nächste Straße: … (Ortsteil)" for keyboard and
 * screen-reader users, who cannot see where the pin sits among the tiles. The points are the
 * register's (`Street.position`, one per street); a point further than `MAX_STREET_DISTANCE_M`
 * from every placed street names no street rather than a wrong one.
 */
import { allStreets } from './streets';
import type { Street } from './street-register';

export const MAX_STREET_DISTANCE_M = 250;

export interface NearbyStreet {
  street: Street;
  /** Metres from the point to the street's placed point, rounded. */
  distance: number;
}

/** Metres between two points; flat-earth is exact enough within a town. */
export function metresBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const perDegree = 111_320;
  const dy = (a.lat - b.lat) * perDegree;
  const dx = (a.lon - b.lon) * perDegree * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  return Math.hypot(dx, dy);
}

/** The placed street nearest to the point, or null when none is within `MAX_STREET_DISTANCE_M`. */
export function nearestStreet(point: { lat: number; lon: number }): NearbyStreet | null {
  let best: NearbyStreet | null = null;
  for (const placed of allStreets()) {
    if (!placed.position) continue;
    const distance = metresBetween(point, placed.position);
    if (distance <= MAX_STREET_DISTANCE_M && (!best || distance < best.distance)) best = { street: placed, distance };
  }
  return best && { street: best.street, distance: Math.round(best.distance) };
}
