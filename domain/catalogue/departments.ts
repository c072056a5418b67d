import type { FieldError } from '../validation/validate-answers';

/**
 * The departments (Fachdienste) of the city that receive requests from the portal.
 *
 * At run time the store is the source of truth: each department is a `department:<id>` document
 * with its name in every language the portal speaks, kept by the administrator. This list is only
 * the seed default a new store starts with; the seed takes the names from `locales/*`
 * `/departments.json`, which also name a department on a device that has not yet fetched the
 * stored names (first visit offline).
 */
export interface Department {
  id: string;
  /** German name as it appears on letters. */
  name: string;
}

export const DEPARTMENTS: readonly Department[] = [
  { id: 'abfall', name: 'Kommunalbetrieb – Abfallwirtschaft' },
  { id: 'abwasser', name: 'Kommunalbetrieb – Abwasser' },
  { id: 'tiefbau', name: 'Tiefbau und Straßenunterhaltung' },
  { id: 'ordnung', name: 'Ordnungsamt' },
  { id: 'buergerbuero', name: 'Bürgerbüro' },
  { id: 'stadtkasse', name: 'Stadtkasse' },
  { id: 'gruen', name: 'Grünflächen' },
  { id: 'planung', name: 'Stadtplanung' },
  { id: 'zentrale', name: 'Zentrale Dienste – Anregungen und Beschwerden' },
  { id: 'fundbuero', name: 'Fundbüro (im Bürgerbüro)' },
  // Answers barrier reports (Feedback-Mechanismus, § 10b BGG NRW) and keeps the accessibility statement.
  { id: 'barrierefreiheit', name: 'Beauftragte für Barrierefreiheit und Inklusion' },
];

/** Every text the portal shows exists in each of these; a department's name too. */
export const DEPARTMENT_NAME_LANGUAGES = ['de', 'en', 'de-x-easy'] as const;
export type DepartmentNames = Record<(typeof DEPARTMENT_NAME_LANGUAGES)[number], string>;

/** A department as the store keeps it. An inactive one still names old requests, but takes no new ones. */
export interface DepartmentRecord {
  id: string;
  names: DepartmentNames;
  active: boolean;
}

/**
 * A lowercase slug: it becomes part of document ids, audit chains, e-mail-like demo logins and
 * URLs, so nothing but a–z, digits and single inner hyphens. The letter first also keeps it apart
 * from the audit chain of the administration (`_admin`).
 */
const DEPARTMENT_ID = /^[a-z](?:[a-z0-9]|-(?=[a-z0-9])){1,39}$/;
export const DEPARTMENT_NAME_MAX = 120;

export function checkDepartmentId(id: unknown): FieldError[] {
  if (typeof id !== 'string' || !id.trim()) return [{ field: 'id', code: 'required' }];
  if (!DEPARTMENT_ID.test(id)) return [{ field: 'id', code: 'format' }];
  return [];
}

/** Each language's name: present, one line, not too long. */
export function checkDepartmentNames(names: unknown): FieldError[] {
  const given = names && typeof names === 'object' ? (names as Record<string, unknown>) : {};
  const problems: FieldError[] = [];
  for (const lng of DEPARTMENT_NAME_LANGUAGES) {
    const value = typeof given[lng] === 'string' ? (given[lng] as string).trim() : '';
    if (!value) problems.push({ field: `names.${lng}`, code: 'required' });
    else if (value.length > DEPARTMENT_NAME_MAX) problems.push({ field: `names.${lng}`, code: 'tooLong' });
    else if (/[\r\n\t]/.test(value)) problems.push({ field: `names.${lng}`, code: 'format' });
  }
  return problems;
}

/** The names as they are stored: trimmed, exactly the portal's languages. */
export function cleanDepartmentNames(names: Record<string, unknown>): DepartmentNames {
  return Object.fromEntries(DEPARTMENT_NAME_LANGUAGES.map((lng) => [lng, String(names[lng]).trim()])) as DepartmentNames;
}
