/**
 * Who signs in to the portal. Staff roles of the Stadthaus:
 * - `clerk` (Sachbearbeitung) works the requests of their own department;
 * - `lead` (Fachdienstleitung) does the same, may reassign, and reads the department's audit trail;
 * - `treasury` (Stadtkasse) sees payments across departments, never case contents;
 * - `admin` manages departments, staff accounts and routing rules, never case contents.
 * And outside the Stadthaus:
 * - `disposer`: the waste company that drives the Sperrmüll tours, signed in by its API key
 *   (server/disposer), sees the tour lists of its districts and marks pickups; never an account.
 * - `archive`: the city archive (Stadtarchiv), signed in by its API key (server/archive), sees the
 *   offers of closed cases past their retention, evaluates them and takes over what it keeps.
 */
export const ROLES = ['citizen', 'clerk', 'lead', 'treasury', 'admin', 'disposer', 'archive'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that belong to one department and work its requests. */
export const DEPARTMENT_ROLES: readonly Role[] = ['clerk', 'lead'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function worksCases(role: Role): boolean {
  return DEPARTMENT_ROLES.includes(role);
}

/** The roles of the Stadthaus's staff: what the administrator hands out (never `citizen`). */
export const STAFF_ROLES = ['clerk', 'lead', 'treasury', 'admin'] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
}

/**
 * A staff account's place: clerks and leads belong to exactly one department; treasury and
 * administration work across departments and must not carry one (it would open a department's
 * cases to them).
 */
export function checkStaffPlacement(role: unknown, department: unknown): { field: string; code: string }[] {
  if (!isStaffRole(role)) return [{ field: 'role', code: role === undefined || role === '' ? 'required' : 'invalid' }];
  const given = typeof department === 'string' && department !== '';
  if (worksCases(role) && !given) return [{ field: 'department', code: 'required' }];
  if (!worksCases(role) && given) return [{ field: 'department', code: 'notForRole' }];
  return [];
}
