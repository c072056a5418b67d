import { SPERRMUELLKARTE } from './sperrmuellkarte';
import type { ServiceDefinition } from './service-definition';

export * from './service-definition';
export * from './departments';

/** Every service the portal offers, keyed by id, each at every version still in use. */
const SERVICES: readonly ServiceDefinition[] = [SPERRMUELLKARTE];

export function listServices(): readonly ServiceDefinition[] {
  return SERVICES;
}

export function findService(id: string, version?: number): ServiceDefinition | undefined {
  const matching = SERVICES.filter((s) => s.id === id);
  if (version === undefined) return matching.sort((a, b) => b.version - a.version)[0];
  return matching.find((s) => s.version === version);
}

export { SPERRMUELLKARTE };
