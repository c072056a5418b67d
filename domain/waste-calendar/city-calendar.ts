/**
 * The Abfallkalender of the city the portal runs for (`CityConfig.wasteCalendar`): the client
 * build defines it as `__CITY_WASTE_CALENDAR__` in this module only, so it travels with the
 * calendar pages; on Node, domain/city/load-city.ts defines the same global from the city
 * `CITY` selects.
 */
import type { CalendarData } from './calendar-data';

declare const __CITY_WASTE_CALENDAR__: CalendarData | undefined;

let calendar: CalendarData | undefined;

/** Read on first use, not on import: on Node the city is read when first needed. */
export function cityCalendar(): CalendarData {
  calendar ??= typeof __CITY_WASTE_CALENDAR__ === 'object' ? __CITY_WASTE_CALENDAR__ : undefined;
  if (!calendar) throw new Error('__CITY_WASTE_CALENDAR__ is not defined: build with webpack.config.ts, or import domain/city/load-city.ts on Node.');
  return calendar;
}
