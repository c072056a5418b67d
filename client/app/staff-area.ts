/** Pages for the city's staff: they use the screen's full width and stack their tables on a narrow one. */
const STAFF_PREFIXES = ['/sachbearbeitung', '/kasse', '/verwaltung'];

export function isStaffPath(path: string): boolean {
  return STAFF_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}
