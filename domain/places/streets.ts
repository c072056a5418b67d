/**
 * Streets of Werne (postcode 59368) and the district (Ortsteil) each lies in. SAMPLE DATA: a
 * selection of real street names with plausible districts, to be replaced by the city's
 * official street register. Forms offer these as an offline autocomplete; routing and pickup
 * capacity are counted per district.
 */
export const WERNE_POSTCODE = '59368';

export const DISTRICTS = ['mitte', 'stockum', 'langern', 'horst', 'holthausen', 'evenkamp', 'ehringhausen'] as const;
export type District = (typeof DISTRICTS)[number];

export interface Street {
  name: string;
  district: District;
}

export const STREETS: readonly Street[] = [
  { name: 'Bahnhofstraße', district: 'mitte' },
  { name: 'Bonenstraße', district: 'mitte' },
  { name: 'Burgstraße', district: 'mitte' },
  { name: 'Kirchhof', district: 'mitte' },
  { name: 'Markt', district: 'mitte' },
  { name: 'Steinstraße', district: 'mitte' },
  { name: 'Südmauer', district: 'mitte' },
  { name: 'Nordmauer', district: 'mitte' },
  { name: 'Konrad-Adenauer-Straße', district: 'mitte' },
  { name: 'Magdalenenstraße', district: 'mitte' },
  { name: 'Münsterstraße', district: 'mitte' },
  { name: 'Penningrode', district: 'mitte' },
  { name: 'Hansaring', district: 'mitte' },
  { name: 'Ostring', district: 'mitte' },
  { name: 'Westring', district: 'mitte' },
  { name: 'Kamener Straße', district: 'mitte' },
  { name: 'Lünener Straße', district: 'mitte' },
  { name: 'Capeller Straße', district: 'mitte' },
  { name: 'Becklohhof', district: 'mitte' },
  { name: 'Selmer Straße', district: 'mitte' },
  { name: 'Stockumer Straße', district: 'stockum' },
  { name: 'Alter Münsterweg', district: 'stockum' },
  { name: 'Lindert', district: 'stockum' },
  { name: 'Langerner Straße', district: 'langern' },
  { name: 'Horster Straße', district: 'horst' },
  { name: 'Holthauser Straße', district: 'holthausen' },
  { name: 'Evenkamper Weg', district: 'evenkamp' },
  { name: 'Ehringhauser Straße', district: 'ehringhausen' },
];

/** Folds what people type ("bahnhofstr.", "Bahnhofstrasse") onto the register's spelling. */
export function normalizeStreetName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/str\.?$/, 'strasse')
    .replace(/\s+/g, ' ');
}

export function findStreet(name: string): Street | undefined {
  const wanted = normalizeStreetName(name);
  return STREETS.find((s) => normalizeStreetName(s.name) === wanted);
}

export function districtOf(streetName: string): District | undefined {
  return findStreet(streetName)?.district;
}
