import { FUNDBUERO_ANSPRUCH_V1 } from './services/fundbuero-anspruch';
import { FUNDBUERO_VERLUST_V1 } from './services/fundbuero-verlust';
import { SPERRMUELLKARTE_V1, SPERRMUELLKARTE_V2 } from './services/sperrmuellkarte';
import { TERMIN_BUERGERBUERO_V1 } from './services/termin-buergerbuero';
import { ANREGUNG } from './services/anregung';
import { BARRIERE_MELDEN } from './services/barriere-melden';
import { EXTERNAL_OFFERS } from './services/external-offers';
import { GARTENWASSERZAEHLER } from './services/gartenwasserzaehler';
import { MAENGELMELDER } from './services/maengelmelder';
import { MELDEBESCHEINIGUNG } from './services/meldebescheinigung';
import { ZAEHLERSTAND } from './services/zaehlerstand';
import type { CatalogueEntry, FormService } from './service-definition';

export * from './service-definition';
export * from './departments';
export { holds, isFilled } from './condition';
export { computeFee, formatEuro } from './fee';
export { routeDepartment } from './route-department';
export { daysUntilDeadline, replyDeadline, type ReplyDeadlineRule } from './reply-deadline';
export * from './routing-overrides';
export { VG_GELSENKIRCHEN, type LegalRemedy } from './legal-remedy';
export { currentEntries, currentServices, localized, lookupService } from './lookup';
import { currentServices, lookupService } from './lookup';

/**
 * Every entry of the catalogue at every version still in use: old versions stay as long as
 * requests made with them exist, so a form change never breaks them.
 */
const CATALOGUE: readonly CatalogueEntry[] = [
  SPERRMUELLKARTE_V1,
  SPERRMUELLKARTE_V2,
  TERMIN_BUERGERBUERO_V1,
  GARTENWASSERZAEHLER,
  ZAEHLERSTAND,
  MAENGELMELDER,
  ANREGUNG,
  BARRIERE_MELDEN,
  FUNDBUERO_VERLUST_V1,
  FUNDBUERO_ANSPRUCH_V1,
  MELDEBESCHEINIGUNG,
  ...EXTERNAL_OFFERS,
];

export function catalogueEntries(): readonly CatalogueEntry[] {
  return CATALOGUE;
}

/** The newest version of every form service. */
export function listServices(): FormService[] {
  return currentServices(CATALOGUE);
}

export function findService(id: string, version?: number): FormService | undefined {
  return lookupService(CATALOGUE, id, version);
}

/** The Sperrmüllkarte as new drafts get it: version 2, pickup days as slots, with the fee. */
export const SPERRMUELLKARTE = SPERRMUELLKARTE_V2;
export { SPERRMUELLKARTE_V1, SPERRMUELLKARTE_V2, TERMIN_BUERGERBUERO_V1 };
export { HOLDING_LIMITS, HOLDING_LIMIT_REASONS, holdingLimitOf, holderKey, limitPeriod, type HoldingLimit, type HoldingLimitReason } from './holding-limits';
