import { beforeAll, describe, expect, it } from 'vitest';
import { DEPARTMENTS } from '../../domain/catalogue/departments';
import { setupDatabases, type Store } from '../store';
import { testStore, uniquePrefix } from '../test-support/test-portal';
import { departmentNamer, ensureDepartments, listDepartments } from '.';

let store: Store;

beforeAll(async () => {
  store = testStore(uniquePrefix());
  await setupDatabases(store);
});

describe('the seed departments', () => {
  it('are stored at start with names in every language, upgraded from the German-only form, never overwritten', async () => {
    // As an earlier version stored it, and one the administrator renamed since.
    await store.users.insert({ _id: 'department:abfall', type: 'department', name: 'Kommunalbetrieb Werne – Abfallwirtschaft' });
    await store.users.insert({ _id: 'department:ordnung', type: 'department', names: { de: 'Ordnung und Sicherheit', en: 'Public order', 'de-x-easy': 'Ordnung' }, active: false });
    await ensureDepartments(store);
    await ensureDepartments(store);
    const all = await listDepartments(store);
    expect(all.map((d) => d.id).sort()).toEqual(DEPARTMENTS.map((d) => d.id).sort());
    expect(all.find((d) => d.id === 'abfall')).toEqual({
      id: 'abfall',
      names: { de: 'Kommunalbetrieb Werne – Abfallwirtschaft', en: 'Kommunalbetrieb Werne – Waste management', 'de-x-easy': 'Kommunal·betrieb Werne: Abfall' },
      active: true,
    });
    expect((await store.users.get('department:abfall')).name).toBeUndefined();
    expect(all.find((d) => d.id === 'ordnung')).toMatchObject({ names: { de: 'Ordnung und Sicherheit' }, active: false });
    const english = await departmentNamer(store, 'en');
    expect([english('gruen'), english('ordnung'), english(undefined), english('unbekannt')]).toEqual(['Parks and green spaces', 'Public order', '–', 'unbekannt']);
  });
});
