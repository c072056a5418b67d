import type { ResponseOf } from '../../../domain/api';
import { isFundCategory, PUBLIC_FOUND_ITEM_FIELDS, type PublicFoundItem } from '../../../domain/fundsachen';
import { apiFetch } from '../../api/api-client';
import { keepPublicCopy, readPublicCopy } from '../../data/public-copy';

/** The public list as last fetched, with the server's time of that fetch ("Stand"). */
export type FoundItemsSnapshot = ResponseOf<'fundsachen.list'>;

/**
 * localStorage, not the user's IndexedDB: the list is public (the server sends only the
 * allow-listed fields) and must be readable offline by anyone, signed in or not. Its key is not
 * a `bp-user*` key, so logging out leaves it — there is nothing personal in it.
 */
export const FOUND_ITEMS_CACHE_KEY = 'bp-fundsachen';

function isPublicItem(value: unknown): value is PublicFoundItem {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return PUBLIC_FOUND_ITEM_FIELDS.every((k) => typeof v[k] === 'string') && isFundCategory(v.category);
}

/** Keeps only well-formed items and only their public fields, whatever the stored copy holds. */
function clean(value: unknown): FoundItemsSnapshot | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { items, asOf } = value as { items?: unknown; asOf?: unknown };
  if (!Array.isArray(items) || typeof asOf !== 'string') return undefined;
  const kept = items.filter(isPublicItem).map((item) => {
    const out: Record<string, string> = {};
    for (const k of PUBLIC_FOUND_ITEM_FIELDS) out[k] = item[k];
    return out as unknown as PublicFoundItem;
  });
  return { items: kept, asOf };
}

export function readCachedFoundItems(storage?: Storage): FoundItemsSnapshot | undefined {
  return readPublicCopy(FOUND_ITEMS_CACHE_KEY, clean, storage);
}

/** Fetches the list and keeps it on the device; throws when the server can't be reached. */
export async function fetchFoundItems(storage?: Storage): Promise<FoundItemsSnapshot> {
  const snapshot = clean(await apiFetch<unknown>('/api/fundsachen'));
  if (!snapshot) throw new Error('malformed found items list');
  keepPublicCopy(FOUND_ITEMS_CACHE_KEY, snapshot, storage);
  return snapshot;
}
