/**
 * Who signs in to the portal. Staff roles of the Stadthaus:
 * - `clerk` (Sachbearbeitung) works the requests of their own department;
 * - `lead` (Fachdienstleitung) does the same, may reassign, and reads the department's audit trail;
 * - `treasury` (Stadtkasse) sees payments across departments, never case contents;
 * - `admin` manages departments, staff accounts and routing rules, never case contents.
 */
export const ROLES = ['citizen', 'clerk', 'lead', 'treasury', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that belong to one department and work its requests. */
export const DEPARTMENT_ROLES: readonly Role[] = ['clerk', 'lead'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function worksCases(role: Role): boolean {
  return DEPARTMENT_ROLES.includes(role);
}
