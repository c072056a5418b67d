/**
 * The Abfallkalender's data: pickup routes (per waste type a first date and an interval in
 * weeks), which route serves which district or street, public holidays and one-off moves.
 * Each city brings its own as `CityConfig.wasteCalendar` (domain/city/cities/); `checkCalendarData`,
 * run by the city check, stops the build and the server start when one does not fit this shape
 * or names a district or street its register does not know.
 */
import type { StreetRegister } from '../places';
import { holidayProblems } from './holiday-check';

export const WASTE_TYPES = ['restmuell', 'bio', 'papier', 'verpackung'] as const;
export type WasteType = (typeof WASTE_TYPES)[number];

export interface Rhythm {
  /** First pickup, YYYY-MM-DD; its weekday is the route's weekday for this waste type. */
  start: string;
  everyWeeks: number;
}

export interface CalendarData {
  comment?: string;
  /** True while the file is the shipped sample, not the city's real calendar. */
  sample: boolean;
  validFrom: string;
  validUntil: string;
  routes: Record<string, Partial<Record<WasteType, Rhythm>>>;
  districtRoutes: Record<string, string>;
  /** Streets served by another route than their district's. */
  streetRoutes: Record<string, string>;
  /**
   * Public holidays (Mon–Fri count): every pickup of that week on or after the holiday moves one
   * day later ("Nachfahrtag"), Friday's to Saturday — how German waste services usually shift.
   */
  holidays: string[];
  /** One-off moves of any pickup on a date (e.g. Christmas Eve to the day before). */
  moves: Record<string, string>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Problems of a calendar file, as sentences for whoever replaces it; empty when it is fine. */
export function checkCalendarData(data: CalendarData, register: StreetRegister): string[] {
  const problems: string[] = [];
  const date = (value: unknown, where: string) => {
    if (typeof value !== 'string' || !ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) problems.push(`${where}: kein Datum JJJJ-MM-TT`);
  };
  date(data.validFrom, 'validFrom');
  date(data.validUntil, 'validUntil');
  for (const [id, route] of Object.entries(data.routes ?? {})) {
    for (const [type, rhythm] of Object.entries(route)) {
      if (!(WASTE_TYPES as readonly string[]).includes(type)) problems.push(`routes.${id}: unbekannte Abfallart ${type}`);
      date(rhythm?.start, `routes.${id}.${type}.start`);
      if (!Number.isInteger(rhythm?.everyWeeks) || rhythm.everyWeeks < 1 || rhythm.everyWeeks > 52) {
        problems.push(`routes.${id}.${type}.everyWeeks: ganze Zahl von 1 bis 52`);
      }
    }
  }
  for (const { id } of register.districts) {
    if (!data.routes?.[data.districtRoutes?.[id]]) problems.push(`districtRoutes.${id}: keine gültige Tour`);
  }
  const known = new Set(register.streets.map((s) => s.name));
  for (const district of Object.keys(data.districtRoutes ?? {})) {
    if (!register.districts.some((d) => d.id === district)) problems.push(`districtRoutes: Ortsteil „${district}“ gibt es im Straßenverzeichnis nicht`);
  }
  for (const [street, route] of Object.entries(data.streetRoutes ?? {})) {
    // Written exactly as in the register: routeOfStreet looks streets up by their register name.
    if (!known.has(street)) problems.push(`streetRoutes: Straße „${street}“ gibt es im Straßenverzeichnis nicht`);
    if (!data.routes?.[route]) problems.push(`streetRoutes.${street}: keine gültige Tour ${route}`);
  }
  (data.holidays ?? []).forEach((h, i) => date(h, `holidays[${i}]`));
  for (const [from, to] of Object.entries(data.moves ?? {})) {
    date(from, `moves`);
    date(to, `moves.${from}`);
  }
  if (problems.length === 0) problems.push(...holidayProblems(data));
  return problems;
}
