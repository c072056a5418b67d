import type { NearbyReport, ResponseOf } from '../../../domain/api';
import { apiFetch } from '../../api/api-client';

export type { NearbyReport };

export async function fetchNearbyReports(point: { lat: number; lon: number }, signal?: AbortSignal): Promise<NearbyReport[]> {
  const query = `lat=${point.lat.toFixed(5)}&lon=${point.lon.toFixed(5)}`;
  const answer = await apiFetch<ResponseOf<'map.nearbyReports'>>(`/api/karte/meldungen?${query}`, { signal });
  return answer.reports;
}

export function sendMeToo(id: string): Promise<ResponseOf<'map.meToo'>> {
  return apiFetch<ResponseOf<'map.meToo'>>(`/api/karte/meldungen/${encodeURIComponent(id)}/ich-auch`, { method: 'POST', body: {} });
}
