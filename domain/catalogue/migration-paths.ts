/**
 * Which form versions a draft can be migrated from, per service: kept apart from the migrations
 * themselves so a page can ask "is this draft outdated?" without loading them.
 */
export const MIGRATION_PATHS: Readonly<Record<string, readonly number[]>> = {
  sperrmuellkarte: [1],
};

/** Whether a draft can be brought up to `toVersion` by the migrations we have. */
export function canMigrate(serviceId: string, fromVersion: number, toVersion: number): boolean {
  if (fromVersion >= toVersion) return false;
  const steps = MIGRATION_PATHS[serviceId] ?? [];
  for (let v = fromVersion; v < toVersion; v++) if (!steps.includes(v)) return false;
  return true;
}
