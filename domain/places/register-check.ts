import { streetKey } from './street-key';
import type { StreetRegister } from './street-register';

const inside = (b: StreetRegister['bounds'], p: { lat: number; lon: number }) =>
  p.lat >= b.south && p.lat <= b.north && p.lon >= b.west && p.lon <= b.east;

const isNumber = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/**
 * Everything wrong with a street register, in German for whoever writes the city's
 * configuration, each naming the street or district at fault; empty when it is fit to run.
 */
export function registerProblems(register: StreetRegister | undefined): string[] {
  if (!register || typeof register !== 'object') return ['streets fehlt: das Straßenverzeichnis der Stadt.'];
  const problems: string[] = [];
  const districts = Array.isArray(register.districts) ? register.districts : [];
  const streets = Array.isArray(register.streets) ? register.streets : [];
  if (districts.length === 0) problems.push('streets.districts ist leer: mindestens ein Ortsteil nötig.');
  if (streets.length === 0) problems.push('streets.streets ist leer: das Straßenverzeichnis braucht mindestens eine Straße.');
  const ids = new Set<string>();
  for (const d of districts) {
    if (typeof d?.id !== 'string' || !/^[a-z0-9-]+$/.test(d.id)) problems.push(`streets.districts: Ortsteil-Kennung „${d?.id}“ muss aus a–z, 0–9 und - bestehen.`);
    else if (ids.has(d.id)) problems.push(`streets.districts: Ortsteil „${d.id}“ steht doppelt im Verzeichnis.`);
    ids.add(d?.id);
    if (typeof d?.name !== 'string' || !d.name.trim()) problems.push(`streets.districts: Ortsteil „${d?.id}“ hat keinen Namen.`);
    if (!Number.isInteger(d?.bulkyWastePickupsPerDay) || d.bulkyWastePickupsPerDay < 0) {
      problems.push(`streets.districts: Ortsteil „${d?.id}“: bulkyWastePickupsPerDay muss eine ganze Zahl ab 0 sein.`);
    }
  }
  const b = register.bounds;
  const boundsFine = b && [b.south, b.west, b.north, b.east].every(isNumber) && b.south < b.north && b.west < b.east;
  if (!boundsFine) problems.push('streets.bounds muss ein Gebiet {south, west, north, east} mit south < north und west < east sein.');
  const used = new Set<string>();
  const keys = new Map<string, string>();
  for (const s of streets) {
    const name = typeof s?.name === 'string' ? s.name.trim() : '';
    if (!name) {
      problems.push('streets.streets: eine Straße ohne Namen.');
      continue;
    }
    const key = streetKey(name);
    if (keys.has(key)) problems.push(`streets.streets: Straße „${name}“ steht doppelt im Verzeichnis (wie „${keys.get(key)}“).`);
    keys.set(key, name);
    if (!ids.has(s.district)) problems.push(`streets.streets: Straße „${name}“ liegt im unbekannten Ortsteil „${s.district}“.`);
    used.add(s.district);
    if (typeof s.postcode !== 'string' || !/^\d{5}$/.test(s.postcode)) problems.push(`streets.streets: Straße „${name}“ hat keine fünfstellige Postleitzahl.`);
    if (s.position !== undefined) {
      if (!isNumber(s.position?.lat) || !isNumber(s.position?.lon)) problems.push(`streets.streets: Straße „${name}“: position braucht lat und lon als Zahlen.`);
      else if (boundsFine && !inside(b, s.position)) {
        problems.push(`streets.streets: Straße „${name}“ liegt mit ${s.position.lat}, ${s.position.lon} außerhalb des Stadtgebiets (streets.bounds).`);
      }
    }
  }
  for (const id of ids) if (!used.has(id)) problems.push(`streets.districts: Ortsteil „${id}“ hat keine Straße.`);
  if (boundsFine && (!isNumber(register.mapStart?.lat) || !isNumber(register.mapStart?.lon) || !inside(b, register.mapStart))) {
    problems.push('streets.mapStart muss ein Punkt im Stadtgebiet (streets.bounds) sein.');
  }
  if (typeof register.exampleStreet !== 'string' || !keys.has(streetKey(register.exampleStreet))) {
    problems.push(`streets.exampleStreet „${register.exampleStreet}“ steht nicht im Straßenverzeichnis.`);
  }
  return problems;
}
