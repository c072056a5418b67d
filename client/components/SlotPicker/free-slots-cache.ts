import type { FreeSlotList, ResponseOf } from '../../../domain/api';
import { apiFetch } from '../../api/api-client';
import { keepPublicCopy, readPublicCopy } from '../../data/public-copy';

/** What `GET /api/slots/:pool` answers (public data: slot ids and free places). */
export type { FreeSlotList };

const PREFIX = 'bp-slots:';

function cacheKey(pool: string, district: string | undefined): string {
  return `${PREFIX}${pool}:${district ?? 'all'}`;
}

/**
 * The last list the device got, kept in localStorage: free slots are public, small (a few KB),
 * and must be at hand offline so the citizen can still pick a wish.
 */
export function cachedFreeSlots(pool: string, district: string | undefined, storage?: Storage): FreeSlotList | undefined {
  return readPublicCopy(
    cacheKey(pool, district),
    (parsed) => {
      const list = parsed as FreeSlotList | null;
      return list && Array.isArray(list.slots) && typeof list.fetchedAt === 'string' ? list : undefined;
    },
    storage,
  );
}

/** Asks the server for the free slots and keeps the answer; throws when it can't be reached. */
export async function loadFreeSlots(pool: string, district: string | undefined, storage?: Storage): Promise<FreeSlotList> {
  const query = district ? `?district=${encodeURIComponent(district)}` : '';
  const list = await apiFetch<ResponseOf<'slots.free'>>(`/api/slots/${encodeURIComponent(pool)}${query}`);
  keepPublicCopy(cacheKey(pool, district), list, storage);
  return list;
}
