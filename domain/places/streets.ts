/**
 * The streets of the city the portal runs for, looked up however a citizen writes them. The
 * register is the city configuration's (`CityConfig.streets`, see street-register.ts): the client
 * build defines it as `__CITY_STREETS__` (webpack.config.ts), in the modules that use it, so it
 * travels with the pages that need it; on Node, domain/city/load-city.ts defines the same global
 * from the city `CITY` selects. No city's streets are written here.
 */
import { streetKey } from './street-key';
import type { RegisterDistrict, Street, StreetRegister } from './street-register';

declare const __CITY_STREETS__: StreetRegister | undefined;

interface StreetIndex {
  register: StreetRegister;
  /** Every street once, sorted as a German phone book sorts (Ä with A, ß with ss). */
  streets: readonly Street[];
  byKey: ReadonlyMap<string, Street>;
  districts: ReadonlyMap<string, RegisterDistrict>;
  postcodes: ReadonlySet<string>;
}

let index: StreetIndex | undefined;

/** Built on first use, not on import: on Node the city is read when first needed. */
function current(): StreetIndex {
  if (index) return index;
  const register = typeof __CITY_STREETS__ === 'object' ? __CITY_STREETS__ : undefined;
  if (!register) throw new Error('__CITY_STREETS__ is not defined: build with webpack.config.ts, or import domain/city/load-city.ts on Node.');
  const streets = [...register.streets].sort((a, b) => a.name.localeCompare(b.name, 'de'));
  return (index = {
    register,
    streets,
    byKey: new Map(streets.map((s) => [streetKey(s.name), s])),
    districts: new Map(register.districts.map((d) => [d.id, d])),
    postcodes: new Set(streets.map((s) => s.postcode)),
  });
}

/** The city's register as configured. */
export function streetRegister(): StreetRegister {
  return current().register;
}

/** Every street of the city once, in phone-book order. */
export function allStreets(): readonly Street[] {
  return current().streets;
}

/** The district ids (Ortsteile) in the register's order. */
export function districtIds(): string[] {
  return current().register.districts.map((d) => d.id);
}

export function isDistrict(id: string): boolean {
  return current().districts.has(id);
}

/** The district's name as shown (a place name, the same in every language); the id if unknown. */
export function districtName(id: string): string {
  return current().districts.get(id)?.name ?? id;
}

/** Whether the postcode is one of the city's (any street of the register has it). */
export function isCityPostcode(postcode: string): boolean {
  return current().postcodes.has(postcode.trim());
}

/** The street of that name, however it was written; undefined when the city has no such street. */
export function findStreet(name: string): Street | undefined {
  const key = streetKey(name.trim());
  return key ? current().byKey.get(key) : undefined;
}

/** The district (Ortsteil) of a street given by name or as a Street; undefined if unknown. */
export function districtOf(street: string | Street): string | undefined {
  return typeof street === 'string' ? findStreet(street)?.district : street.district;
}

/**
 * Streets matching what the citizen typed so far, for autocomplete: names that start with it
 * first, then names containing it (so "straße" alone doesn't drown the list).
 */
export function suggestStreets(typed: string, limit = 10): Street[] {
  const key = streetKey(typed.trim());
  if (!key) return [];
  const starts: Street[] = [];
  const contains: Street[] = [];
  for (const street of current().streets) {
    const k = streetKey(street.name);
    if (k.startsWith(key)) starts.push(street);
    else if (k.includes(key)) contains.push(street);
  }
  return [...starts, ...contains].slice(0, limit);
}
