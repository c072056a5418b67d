/**
 * The whole city configuration for the legal pages (Impressum, privacy notice): defined by the
 * build as `__CITY__` and used only here, so it travels in their lazy chunk, not in the first
 * download (webpack.config.ts; client/test-support/city-globals.ts for tests).
 */
import type { CityConfig } from '../../../domain/city/city-config';

declare const __CITY__: LegalCity | undefined;
/** The city without its street register and Abfallkalender, which travel with their own pages. */
type LegalCity = Omit<CityConfig, 'streets' | 'wasteCalendar'>;

function undefinedCity(): never {
  throw new Error('__CITY__ is not defined: build with webpack.config.ts, or set it as client/test-support/city-globals.ts does.');
}

export const CITY: LegalCity = typeof __CITY__ === 'object' ? __CITY__ : undefinedCity();
