import { apiFetch } from '../../api/api-client';

/** What `GET /api/slots/:pool` answers (public data: slot ids and free places). */
export interface FreeSlotList {
  pool: string;
  district?: string;
  fetchedAt: string;
  slots: { id: string; free: number }[];
}

const PREFIX = 'bp-slots:';

function cacheKey(pool: string, district: string | undefined): string {
  return `${PREFIX}${pool}:${district ?? 'all'}`;
}

/**
 * The last list the device got, kept in localStorage: free slots are public, small (a few KB),
 * and must be at hand offline so the citizen can still pick a wish.
 */
export function cachedFreeSlots(pool: string, district: string | undefined, storage?: Storage): FreeSlotList | undefined {
  try {
    // Inside the try: storage may be missing or blocked (private mode, policies).
    const raw = (storage ?? localStorage).getItem(cacheKey(pool, district));
    const parsed = raw ? (JSON.parse(raw) as FreeSlotList) : undefined;
    return parsed && Array.isArray(parsed.slots) && typeof parsed.fetchedAt === 'string' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Asks the server for the free slots and keeps the answer; throws when it can't be reached. */
export async function loadFreeSlots(pool: string, district: string | undefined, storage?: Storage): Promise<FreeSlotList> {
  const query = district ? `?district=${encodeURIComponent(district)}` : '';
  const list = await apiFetch<FreeSlotList>(`/api/slots/${encodeURIComponent(pool)}${query}`);
  try {
    (storage ?? localStorage).setItem(cacheKey(pool, district), JSON.stringify(list));
  } catch {
    // A full storage only costs the offline copy; the list is still shown now.
  }
  return list;
}
