import { DEPARTMENTS } from '../../domain/catalogue/departments';
import type { Logger } from '../logger';
import { isConflict, type Store } from '../store';
import { departmentDocId, seedNames, type DepartmentDoc } from './department-directory';

/**
 * Makes sure the seed departments exist, at every start and whatever SEED_DEMO_DATA says: a
 * portal without departments could route nothing. Never overwrites what the administrator
 * changed; a department stored by an earlier version (German name only) gets its other names.
 */
export async function ensureDepartments(store: Store, logger?: Logger): Promise<void> {
  const now = new Date().toISOString();
  let added = 0;
  // One read for all of them: this runs at every start.
  const stored = await store.users.fetch({ keys: DEPARTMENTS.map((d) => departmentDocId(d.id)) });
  const found = new Map<string, DepartmentDoc>();
  for (const row of stored.rows) if ('doc' in row && row.doc?.type === 'department') found.set(row.id, row.doc as DepartmentDoc);
  for (const d of DEPARTMENTS) {
    const doc = found.get(departmentDocId(d.id));
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
