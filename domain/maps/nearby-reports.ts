import type { RequestStatus } from '../lifecycle/request-status';

/**
 * Open Mängelmelder reports as anyone may see them on the map, so a citizen can say "me too"
 * (Ich auch) instead of reporting the same pothole again. Only coarse data: the category, a
 * place rounded to about 100 m, the status and how many people reported it; never a name, a
 * description, a photo, a reference number or the exact point.
 */

/** Statuses in which a report is public and can be joined: routed and not yet closed. */
export const OPEN_REPORT_STATUSES = ['received', 'in_progress', 'needs_info'] as const satisfies readonly RequestStatus[];

export function isOpenReport(status: string): boolean {
  return (OPEN_REPORT_STATUSES as readonly string[]).includes(status);
}

/** How far around the map's centre reports are listed. */
export const NEARBY_RADIUS_METRES = 1000;

/** At most this many reports, the nearest first: a list a person can read. */
export const NEARBY_LIMIT = 20;

/** Three decimals: about 110 m north–south and 70 m east–west in Werne, enough to recognise the spot, too coarse to single out a house. */
export function roughPosition(lat: number, lon: number): { lat: number; lon: number } {
  return { lat: Math.round(lat * 1000) / 1000, lon: Math.round(lon * 1000) / 1000 };
}

/** Great-circle distance in metres (haversine); exact enough for "about 300 m away". */
export function distanceMetres(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

/** A distance as people say it: to 50 m below a kilometre, else to a tenth of a kilometre. */
export function roundedDistance(metres: number): number {
  return metres < 1000 ? Math.max(50, Math.round(metres / 50) * 50) : Math.round(metres / 100) * 100;
}

/** `POST /api/karte/meldungen/:id/ich-auch`: the report's new count; `counted` false when this citizen had already been counted. */
export interface MeTooAnswer {
  count: number;
  counted: boolean;
}
