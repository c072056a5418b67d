/**
 * Which street a point on the map is at, worked out on the device without any geocoding
 * service: the map's pin is read out as "Nächste Straße: Markt (Werne-Mitte)" for keyboard and
 * screen-reader users, who cannot see where the pin sits among the tiles.
 *
 * SAMPLE DATA: one point per street (roughly its middle), rounded to about 10 m and taken from
 * public maps by eye; only the streets around the old town and the main roads out of it are
 * placed. The city replaces these with the centre lines of its own street register. A point
 * further than `MAX_STREET_DISTANCE_M` from every placed street names no street rather than a
 * wrong one.
 */
import { findStreet, type Street } from './streets';

export const MAX_STREET_DISTANCE_M = 250;

const STREET_POINTS: Readonly<Record<string, readonly [number, number]>> = {
  Markt: [51.6634, 7.6337],
  Kirchhof: [51.6639, 7.6345],
  Roggenmarkt: [51.663, 7.6347],
  Steinstraße: [51.6631, 7.6358],
  Bonenstraße: [51.6637, 7.6321],
  Burgstraße: [51.6625, 7.6331],
  Magdalenenstraße: [51.6645, 7.6331],
  'Konrad-Adenauer-Platz': [51.665, 7.6318],
  Südmauer: [51.662, 7.6345],
  Nordmauer: [51.6652, 7.6345],
  Ostmauer: [51.6636, 7.6372],
  Westmauer: [51.6634, 7.6303],
  Bahnhofstraße: [51.6603, 7.6332],
  Münsterstraße: [51.668, 7.633],
  'Lünener Straße': [51.6598, 7.6252],
  'Kamener Straße': [51.6572, 7.638],
  'Capeller Straße': [51.669, 7.6222],
  'Selmer Straße': [51.664, 7.615],
  'Stockumer Straße': [51.666, 7.655],
  Hansaring: [51.6618, 7.6402],
  'Im Evenkamp': [51.6562, 7.6421],
};

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

const PLACED: readonly { street: Street; lat: number; lon: number }[] = Object.entries(STREET_POINTS).map(([name, [lat, lon]]) => {
  const street = findStreet(name);
  if (!street) throw new Error(`street point for an unknown street: ${name}`);
  return { street, lat, lon };
});

/** The placed street nearest to the point, or null when none is within `MAX_STREET_DISTANCE_M`. */
export function nearestStreet(point: { lat: number; lon: number }): NearbyStreet | null {
  let best: NearbyStreet | null = null;
  for (const placed of PLACED) {
    const distance = metresBetween(point, placed);
    if (distance <= MAX_STREET_DISTANCE_M && (!best || distance < best.distance)) best = { street: placed.street, distance };
  }
  return best && { street: best.street, distance: Math.round(best.distance) };
}
