/**
 * Public holidays of North Rhine-Westphalia (gesetzliche Feiertage NRW, FTG NRW §2), computed
 * rather than listed so the calendar never runs out. No pickups and no office hours on these.
 */

/** Easter Sunday of the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function shifted(year: number, month: number, day: number, days: number): string {
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const cache = new Map<number, ReadonlyMap<string, string>>();

/** The holidays of a year: ISO date → name key (`neujahr`, `karfreitag`, …). */
export function nrwHolidays(year: number): ReadonlyMap<string, string> {
  const known = cache.get(year);
  if (known) return known;
  const easter = easterSunday(year);
  const fromEaster = (days: number) => shifted(year, easter.month, easter.day, days);
  const holidays = new Map<string, string>([
    [isoDate(year, 1, 1), 'neujahr'],
    [fromEaster(-2), 'karfreitag'],
    [fromEaster(1), 'ostermontag'],
    [isoDate(year, 5, 1), 'tagDerArbeit'],
    [fromEaster(39), 'himmelfahrt'],
    [fromEaster(50), 'pfingstmontag'],
    [fromEaster(60), 'fronleichnam'],
    [isoDate(year, 10, 3), 'deutscheEinheit'],
    [isoDate(year, 11, 1), 'allerheiligen'],
    [isoDate(year, 12, 25), 'weihnachten1'],
    [isoDate(year, 12, 26), 'weihnachten2'],
  ]);
  cache.set(year, holidays);
  return holidays;
}

/** True on an NRW public holiday; `date` as `YYYY-MM-DD`. */
export function isNrwHoliday(date: string): boolean {
  return nrwHolidays(Number(date.slice(0, 4))).has(date);
}
