import { SPERRMUELLKARTE_V1, SPERRMUELLKARTE_V2 } from './services/sperrmuellkarte';
import type { CatalogueEntry, FormService } from './service-definition';

export * from './service-definition';
export * from './departments';
export { holds, isFilled } from './condition';
export { computeFee, formatEuro } from './fee';
export { routeDepartment } from './route-department';

/**
 * Every entry of the catalogue at every version still in use: old versions stay as long as
 * requests made with them exist, so a form change never breaks them.
 */
const CATALOGUE: readonly CatalogueEntry[] = [SPERRMUELLKARTE_V1];

export function catalogueEntries(): readonly CatalogueEntry[] {
  return CATALOGUE;
}

/** The newest version of every entry: what the start page offers. */
export function currentEntries(entries: readonly CatalogueEntry[] = CATALOGUE): CatalogueEntry[] {
  const newest = new Map<string, CatalogueEntry>();
  for (const e of entries) if ((newest.get(e.id)?.version ?? 0) < e.version) newest.set(e.id, e);
  return [...newest.values()];
}

/** The newest version of every form service. */
export function listServices(entries: readonly CatalogueEntry[] = CATALOGUE): FormService[] {
  return currentEntries(entries).filter((e): e is FormService => e.kind === 'form');
}

export function findService(id: string, version?: number, entries: readonly CatalogueEntry[] = CATALOGUE): FormService | undefined {
  const matching = entries.filter((s): s is FormService => s.id === id && s.kind === 'form');
  if (version === undefined) return matching.sort((a, b) => b.version - a.version)[0];
  return matching.find((s) => s.version === version);
}

// Version 2 (pickup slots, fee) joins the catalogue once the slot picker has landed.
export const SPERRMUELLKARTE = SPERRMUELLKARTE_V1;
export { SPERRMUELLKARTE_V2 };
