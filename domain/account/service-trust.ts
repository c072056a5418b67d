import type { CatalogueEntry } from '../catalogue/service-definition';
import { meetsTrustLevel, type TrustLevel } from './trust-level';

/**
 * Whether a login at `actual` (none for a password login) may send a request of this service:
 * the one rule the service page (to explain) and the server's push (to refuse) both apply.
 */
export function trustLevelShortfall(service: CatalogueEntry | undefined, actual: TrustLevel | undefined): TrustLevel | undefined {
  const required = service && service.kind === 'form' ? service.trustLevel : undefined;
  return meetsTrustLevel(actual, required) ? undefined : required;
}
