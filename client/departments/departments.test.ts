import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n, t } from '../i18n/i18n';
import { cleanDepartments, departments, DEPARTMENTS_CACHE_KEY, loadDepartments } from './departments';

class MemoryStorage {
  private items = new Map<string, string>();
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.items.set(k, v);
  }
}

const KLIMA = { id: 'klimaschutz', names: { de: 'Klimaschutz', en: 'Climate', 'de-x-easy': 'Klima-Schutz' }, active: true };
const RENAMED = { id: 'ordnung', names: { de: 'Ordnung und Sicherheit', en: 'Public order', 'de-x-easy': 'Ordnung' }, active: true };

beforeEach(() => {
  initI18n('de');
  departments.value = undefined;
});

describe('department names from the store', () => {
  it('lay the stored names over the bundled seed names, in every language, and keep a copy', async () => {
    expect(t('departments:ordnung')).toBe('Ordnungsamt');
    const storage = new MemoryStorage() as unknown as Storage;
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ departments: [KLIMA, RENAMED] }), { status: 200 }));
    await loadDepartments(storage);
    vi.unstubAllGlobals();
    expect(t('departments:ordnung')).toBe('Ordnung und Sicherheit');
    expect(t('departments:klimaschutz', { lng: 'en' })).toBe('Climate');
    expect(t('departments:klimaschutz', { lng: 'de-x-easy' })).toBe('Klima-Schutz');
    expect(JSON.parse(storage.getItem(DEPARTMENTS_CACHE_KEY)!).departments).toHaveLength(2);
  });

  it('name departments from the device\'s copy when the server is out of reach', async () => {
    const storage = new MemoryStorage() as unknown as Storage;
    storage.setItem(DEPARTMENTS_CACHE_KEY, JSON.stringify({ departments: [KLIMA] }));
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('offline');
    });
    await loadDepartments(storage);
    vi.unstubAllGlobals();
    expect(departments.value).toEqual([KLIMA]);
    expect(t('departments:klimaschutz')).toBe('Klimaschutz');
  });

  it('drop malformed entries', () => {
    expect(cleanDepartments({ departments: [KLIMA, { id: 'x', names: { de: 'X' }, active: true }, null] })).toEqual([KLIMA]);
    expect(cleanDepartments('<html>')).toBeUndefined();
  });
});
