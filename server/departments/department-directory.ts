import { DEPARTMENT_NAME_LANGUAGES, DEPARTMENTS, type DepartmentNames, type DepartmentRecord } from '../../domain/catalogue/departments';
import { translator, type Language } from '../http/i18n';
import { getOrNull, type Store } from '../store';

/** `department:<id>` in the users database; `name` is the German-only form of earlier versions. */
export interface DepartmentDoc {
  _id: string;
  _rev?: string;
  type: 'department';
  names?: DepartmentNames;
  name?: string;
  active?: boolean;
  createdAt?: string;
  updatedAt?: string;
}

const PREFIX = 'department:';

export function departmentDocId(id: string): string {
  return PREFIX + id;
}

/**
 * The names a seeded department starts with: the German name of the seed list, the other
 * languages from `locales/<lng>/departments.json` (which also name it on a device that has not
 * fetched the stored names yet). Anything else falls back to the German name.
 */
export function seedNames(id: string, german?: string): DepartmentNames {
  // The German text too, so a name that says the city's (`Kommunalbetrieb {{city}}`) is this city's.
  const de = german ?? translator('de')(`departments:${id}`, { defaultValue: DEPARTMENTS.find((d) => d.id === id)?.name ?? id });
  return Object.fromEntries(
    DEPARTMENT_NAME_LANGUAGES.map((lng) => [lng, lng === 'de' ? de : translator(lng)(`departments:${id}`, { defaultValue: de })]),
  ) as DepartmentNames;
}

export function toRecord(doc: DepartmentDoc): DepartmentRecord {
  const id = doc._id.slice(PREFIX.length);
  return { id, names: doc.names ?? seedNames(id, doc.name), active: doc.active !== false };
}

/** Every department the store knows, active or not (old requests still need their names), by German name. */
export async function listDepartments(store: Store): Promise<DepartmentRecord[]> {
  const res = await store.users.list({ startkey: PREFIX, endkey: `${PREFIX}\uffff`, include_docs: true });
  return res.rows
    .map((r) => r.doc as DepartmentDoc | undefined)
    .filter((d): d is DepartmentDoc => d?.type === 'department')
    .map(toRecord)
    .sort((a, b) => a.names.de.localeCompare(b.names.de, 'de'));
}

export async function readDepartmentDoc(store: Store, id: string): Promise<(DepartmentDoc & { _rev: string }) | null> {
  const doc = await getOrNull<DepartmentDoc>(store.users, departmentDocId(id));
  return doc?.type === 'department' ? doc : null;
}

/** Whether a department exists and takes new requests (routing, forwarding, new staff). */
export async function activeDepartment(store: Store, id: string): Promise<boolean> {
  if (typeof id !== 'string' || !id) return false;
  const doc = await readDepartmentDoc(store, id);
  return !!doc && doc.active !== false;
}

/** The ids of the departments that take requests, for checks over many at once. */
export async function activeDepartmentIds(store: Store): Promise<Set<string>> {
  return new Set((await listDepartments(store)).filter((d) => d.active).map((d) => d.id));
}

/** Names departments in one language, as letters and lists do; `–` for none, the id for an unknown one. */
export async function departmentNamer(store: Store, lng: Language): Promise<(id: string | undefined) => string> {
  // Administrators keep names in de, en and de-x-easy; the other languages read the English one.
  const names = new Map((await listDepartments(store)).map((d) => [d.id, (d.names as Record<string, string | undefined>)[lng] ?? d.names.en]));
  return (id) => (id ? (names.get(id) ?? id) : '–');
}
