/**
 * The city the portal runs for (see city-config.ts). The cities shipped with the portal; a city
 * may also be loaded from a file on the server side (load-city.ts, Node only).
 */
import type { CityConfig } from './city-config';
import { MUSTERSTADT } from './cities/musterstadt';
import { WERNE } from './cities/werne';

export * from './city-config';
export { cityProblems, MIN_TEXT_CONTRAST } from './check-city';
export { contrastRatio } from './contrast';
export { WERNE, MUSTERSTADT };

export const BUILT_IN_CITIES: Readonly<Record<string, CityConfig>> = { werne: WERNE, musterstadt: MUSTERSTADT };
export const DEFAULT_CITY = WERNE;
