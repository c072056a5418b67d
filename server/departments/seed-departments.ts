import { DEPARTMENTS } from '../../domain/catalogue/departments';
import type { Logger } from '../logger';
import { isConflict, type Store } from '../store';
import { departmentDocId, readDepartmentDoc, seedNames } from './department-directory';

/**
 * Makes sure the seed departments exist, at every start and whatever SEED_DEMO_DATA says: a
 * portal without departments could route nothing. Never overwrites what the administrator
 * changed; a department stored by an earlier version (German name only) gets its other names.
 */
export async function ensureDepartments(store: Store, logger?: Logger): Promise<void> {
  const now = new Date().toISOString();
  let added = 0;
  for (const d of DEPARTMENTS) {
    const doc = await readDepartmentDoc(store, d.id);
    try {
      if (!doc) {
        await store.users.insert({ _id: departmentDocId(d.id), type: 'department', names: seedNames(d.id), active: true, createdAt: now });
        added++;
      } else if (!doc.names) {
        const { name, ...rest } = doc;
        await store.users.insert({ ...rest, names: seedNames(d.id, name), active: doc.active !== false, updatedAt: now });
      }
    } catch (err) {
      // Another server process seeded it at the same moment: just as good.
      if (!isConflict(err)) throw err;
    }
  }
  if (added) logger?.info({ added }, 'departments seeded');
}
