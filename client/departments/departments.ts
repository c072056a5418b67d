import { signal } from '@preact/signals';
import { DEPARTMENT_NAME_LANGUAGES, type DepartmentRecord } from '../../domain/catalogue/departments';
import { apiFetch } from '../api/api-client';
import { keepPublicCopy, readPublicCopy } from '../data/public-copy';
import { addTexts } from '../i18n/i18n';

/**
 * The departments as the server stores them (the administrator names and renames them). Their
 * names go into i18next's `departments` namespace over the bundled seed names, so every
 * `t('departments:<id>')` in the app — request pages, history, inbox caption — shows the stored
 * name. The list is public and kept in localStorage (not a `bp-user*` key: nothing personal), so
 * a citizen's request page names its department offline too.
 */
export const DEPARTMENTS_CACHE_KEY = 'bp-departments';

/** `undefined` until the device's copy or the server's list is there. */
export const departments = signal<readonly DepartmentRecord[] | undefined>(undefined);

function isRecord(value: unknown): value is DepartmentRecord {
  if (!value || typeof value !== 'object') return false;
  const d = value as Partial<DepartmentRecord>;
  return (
    typeof d.id === 'string' &&
    typeof d.active === 'boolean' &&
    !!d.names &&
    DEPARTMENT_NAME_LANGUAGES.every((lng) => typeof (d.names as Record<string, unknown>)[lng] === 'string')
  );
}

/** Only well-formed entries, whatever a stored copy or a proxy hands back. */
export function cleanDepartments(value: unknown): DepartmentRecord[] | undefined {
  const list = (value as { departments?: unknown } | null)?.departments;
  return Array.isArray(list) ? list.filter(isRecord) : undefined;
}

function apply(list: DepartmentRecord[]): void {
  departments.value = list;
  for (const lng of DEPARTMENT_NAME_LANGUAGES) addTexts(lng, 'departments', Object.fromEntries(list.map((d) => [d.id, d.names[lng]])));
}

/** The device's copy at once, then the server's list; offline, the copy (or the bundled names) stays. */
export async function loadDepartments(storage?: Storage): Promise<void> {
  if (!departments.value) {
    const cached = readPublicCopy(DEPARTMENTS_CACHE_KEY, cleanDepartments, storage);
    if (cached) apply(cached);
  }
  try {
    const fresh = cleanDepartments(await apiFetch<unknown>('/api/departments'));
    if (!fresh) return;
    apply(fresh);
    keepPublicCopy(DEPARTMENTS_CACHE_KEY, { departments: fresh }, storage);
  } catch {
    // Offline or server down: the copy (or the bundled seed names) serves until the next start.
  }
}

/**
 * A stored name in a language. Administrators keep names in German, English and Leichte Sprache;
 * Turkish, Ukrainian and Arabic show the English one (their fallback language), since a name the
 * administrator typed would otherwise be hidden behind an old translation.
 */
export function departmentNameIn(names: DepartmentRecord['names'], lng: string): string {
  return (names as Record<string, string | undefined>)[lng] ?? names.en;
}
