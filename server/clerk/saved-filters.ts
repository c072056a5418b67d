import { randomUUID } from 'node:crypto';
import type { SavedFilter } from '../../domain/api';
import { HttpError } from '../http/api-error';
import { getOrNull, isConflict, type Store } from '../store';

/** A clerk's saved inbox filters: one document per clerk, so they are nobody else's to read. */
interface StoredFilters {
  _id: string;
  _rev?: string;
  type: 'savedFilters';
  userId: string;
  filters: SavedFilter[];
}

const docId = (userId: string) => `savedfilters:${userId}`;
export const SAVED_FILTERS_MAX = 30;

export async function listSavedFilters(store: Store, userId: string): Promise<SavedFilter[]> {
  return (await getOrNull<StoredFilters>(store.internal, docId(userId)))?.filters ?? [];
}

async function change(store: Store, userId: string, edit: (filters: SavedFilter[]) => SavedFilter[]): Promise<SavedFilter[]> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const existing = await getOrNull<StoredFilters>(store.internal, docId(userId));
    const filters = edit(existing?.filters ?? []);
    try {
      await store.internal.insert({ _id: docId(userId), ...(existing ? { _rev: existing._rev } : {}), type: 'savedFilters', userId, filters } satisfies StoredFilters);
      return filters;
    } catch (err) {
      if (!isConflict(err)) throw err;
    }
  }
  throw new HttpError(409, 'conflict');
}

/** Saves the filter under its name; the same name (ignoring case) replaces the earlier one. */
export async function saveFilter(store: Store, userId: string, name: string, query: Record<string, string>): Promise<SavedFilter> {
  const trimmed = name.trim();
  if (!trimmed) throw new HttpError(400, 'validation_failed', [{ field: 'filterName', code: 'required' }]);
  // Empty fields say nothing; page and page size belong to the moment, not to the filter.
  const kept = Object.fromEntries(Object.entries(query).filter(([, v]) => typeof v === 'string' && v.trim() !== ''));
  const saved: SavedFilter = { id: randomUUID(), name: trimmed, query: kept };
  await change(store, userId, (filters) => {
    const others = filters.filter((f) => f.name.toLocaleLowerCase('de') !== trimmed.toLocaleLowerCase('de'));
    if (others.length >= SAVED_FILTERS_MAX) throw new HttpError(409, 'too_many_filters', [{ field: 'filterName', code: 'tooMany' }]);
    return [...others, saved].sort((a, b) => a.name.localeCompare(b.name, 'de'));
  });
  return saved;
}

export async function deleteSavedFilter(store: Store, userId: string, id: string): Promise<void> {
  const filters = await listSavedFilters(store, userId);
  if (!filters.some((f) => f.id === id)) throw new HttpError(404, 'not_found');
  await change(store, userId, (all) => all.filter((f) => f.id !== id));
}
