import { describe, expect, it } from 'vitest';
import { FOUND_ITEMS_CACHE_KEY, readCachedFoundItems } from './found-items-cache';

/** A real Storage's behaviour for one key space, without a browser. */
function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, String(v)),
  };
}

const ITEM = { number: 'FS-2026-000001', category: 'schluessel', description: 'Schlüsselbund', place: 'Markt', foundOn: '2026-11-20' };

describe('the found items kept on the device', () => {
  it('are read back with the time of the last fetch', () => {
    const storage = memoryStorage({ [FOUND_ITEMS_CACHE_KEY]: JSON.stringify({ items: [ITEM], asOf: '2026-11-25T08:00:00Z' }) });
    expect(readCachedFoundItems(storage)).toEqual({ items: [ITEM], asOf: '2026-11-25T08:00:00Z' });
  });

  it('never show more than the public fields, even from a tampered or older copy', () => {
    const stored = { items: [{ ...ITEM, storageNumber: 'R1/04', createdBy: 'user:x' }, { number: 'broken' }], asOf: '2026-11-25T08:00:00Z' };
    const storage = memoryStorage({ [FOUND_ITEMS_CACHE_KEY]: JSON.stringify(stored) });
    expect(readCachedFoundItems(storage)?.items).toEqual([ITEM]);
  });

  it('are absent when nothing or garbage was kept', () => {
    expect(readCachedFoundItems(memoryStorage())).toBeUndefined();
    expect(readCachedFoundItems(memoryStorage({ [FOUND_ITEMS_CACHE_KEY]: '{not json' }))).toBeUndefined();
    expect(readCachedFoundItems(memoryStorage({ [FOUND_ITEMS_CACHE_KEY]: '{"items":"x"}' }))).toBeUndefined();
  });
});
