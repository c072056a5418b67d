/**
 * Werne's streets with their Ortsteil (district), for address questions, routing rules by
 * district and the Abfallkalender.
 *
 * SAMPLE DATA: real street names of Werne (PLZ 59368), assigned to districts as well as we could
 * tell from public sources; the list is neither complete nor authoritative. The city replaces it
 * with the extract of its own street register (Straßenverzeichnis) before going live.
 */
export const DISTRICTS = [
  'mitte',
  'evenkamp',
  'stockum',
  'langern',
  'horst',
  'holthausen',
  'ehringhausen',
  'schmintrup',
  'wessel',
  'lenklar',
  'varnhoevel',
] as const;
export type District = (typeof DISTRICTS)[number];

export const WERNE_POSTCODE = '59368';

/** The districts' names: place names like the streets', the same in every language. */
export const DISTRICT_NAMES: Record<District, string> = {
  mitte: 'Werne-Mitte',
  evenkamp: 'Evenkamp',
  stockum: 'Stockum',
  langern: 'Langern',
  horst: 'Horst',
  holthausen: 'Holthausen',
  ehringhausen: 'Ehringhausen',
  schmintrup: 'Schmintrup',
  wessel: 'Wessel',
  lenklar: 'Lenklar',
  varnhoevel: 'Varnhövel',
};

export interface Street {
  name: string;
  district: District;
  postcode: string;
}

const BY_DISTRICT: Record<District, readonly string[]> = {
  mitte: [
    'Markt', 'Kirchhof', 'Roggenmarkt', 'Burgstraße', 'Kleine Burgstraße', 'Ostmauer', 'Südmauer', 'Westmauer',
    'Am Deipetorn', 'Am Griesetorn', 'Am Steinhaus', 'Am Domhof', 'Am Neutor', 'Am Stadtgraben', 'Bonenstraße',
    'Steinstraße', 'Magdalenenstraße', 'Konrad-Adenauer-Platz', 'Moormannplatz', 'Bahnhofstraße', 'Münsterstraße',
    'Becklohhof', 'Penningrode', 'Lünener Straße', 'Capeller Straße', 'Selmer Straße', 'Jüngststraße',
    'Windmühlenberg', 'Hansaring', 'Kamener Straße', 'Kurt-Schumacher-Straße', 'Bergstraße', 'Schulstraße',
    'Wilhelmstraße', 'Friedhofstraße', 'Christophorusstraße', 'Goetheweg', 'Schillerstraße', 'Uhlandstraße',
    'Lindenstraße', 'Am Hagen', 'Hagenbuschweg', 'Hellstraße', 'Am Mergelkamp', 'Dahlbuschweg', 'Nordlippestraße',
    'Zum Lippeufer', 'Solebadstraße', 'Kardinal-von-Galen-Straße', 'Baaken', 'Sandstraße', 'Grüner Weg',
    'Fürstenhof', 'Holtkamp', 'Ottenstraße', 'Ebertstraße', 'Nordmauer', 'Ostring', 'Westring',
    'Konrad-Adenauer-Straße',
  ],
  evenkamp: [
    'Im Evenkamp', 'Zechenstraße', 'Schachtstraße', 'Knappenstraße', 'Glückaufstraße', 'Stollenweg', 'Hauerstraße',
    'Steigerstraße', 'Bergmannsweg', 'Am Förderturm', 'Barbarastraße', 'Lippestraße', 'Kolpingstraße', 'Evenkamper Weg',
    'Schlesierstraße', 'Ostpreußenstraße', 'Pommernstraße', 'Sudetenstraße',
  ],
  stockum: [
    'Stockumer Straße', 'Werner Straße', 'Alter Bahnhof', 'Kirchstraße', 'Sandbochumer Weg', 'Dorfstraße',
    'Am Sportplatz', 'Pelkumer Weg', 'Heessener Straße', 'Lippeweg', 'Schulweg', 'Sankt-Sebastian-Straße',
    'Eichenweg', 'Buchenweg', 'Birkenweg', 'Ulmenweg', 'Am Kötterberg', 'Bockumer Weg', 'Alter Münsterweg',
    'Lindert',
  ],
  langern: ['Langerner Straße', 'Langerner Heide', 'Im Langern', 'Am Lütkenbach', 'Ihlenweg', 'Brüggenweg'],
  horst: ['Horster Straße', 'Horster Heide', 'Am Horstgraben', 'Halohweg', 'An der Hustebecke', 'Vinckeweg'],
  holthausen: ['Holthauser Straße', 'Holthauser Weg', 'Am Holtbach', 'Dörnebrinkweg', 'Hülsweg'],
  ehringhausen: ['Ehringhauser Straße', 'Ehringhauser Weg', 'Hof Ehringhausen', 'Am Glückersberg', 'Kreuzweg'],
  schmintrup: ['Schmintruper Straße', 'Schmintruper Weg', 'Am Schmintruper Bach', 'Rottweg'],
  wessel: ['Wesseler Straße', 'Katharinenweg', 'Wesseler Heide', 'Am Wesseler Holz', 'Pferdekamp'],
  lenklar: ['Lenklarer Straße', 'Lenklarer Weg', 'Am Lenklarer Busch', 'Nordkirchener Straße', 'Ascheberger Weg'],
  varnhoevel: ['Varnhöveler Straße', 'Varnhöveler Weg', 'Herberner Straße', 'Am Varnhöveler Bach'],
};

/** Every street once, sorted as a German phone book sorts (Ä with A, ß with ss). */
export const STREETS: readonly Street[] = Object.entries(BY_DISTRICT)
  .flatMap(([district, names]) => names.map((name) => ({ name, district: district as District, postcode: WERNE_POSTCODE })))
  .sort((a, b) => a.name.localeCompare(b.name, 'de'));

/**
 * A comparison key that forgives how people write a street: case, "str." / "strasse" / "Straße",
 * hyphens or spaces ("Kurt Schumacher Str"), umlauts typed as ae/oe/ue and stray spaces.
 */
export function streetKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFC')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/str\.?(?=$|[\s-])/g, 'strasse')
    .replace(/[\s.\-]+/g, '');
}

const BY_KEY = new Map(STREETS.map((s) => [streetKey(s.name), s]));

/** The street of that name, however it was written; undefined when Werne has no such street. */
/** The comparison key under its earlier name (kept for callers from before the full list). */
export const normalizeStreetName = streetKey;

export function findStreet(name: string): Street | undefined {
  const key = streetKey(name.trim());
  return key ? BY_KEY.get(key) : undefined;
}

/** The district (Ortsteil) of a street given by name or as a Street; undefined if unknown. */
export function districtOf(street: string | Street): District | undefined {
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
  for (const street of STREETS) {
    const k = streetKey(street.name);
    if (k.startsWith(key)) starts.push(street);
    else if (k.includes(key)) contains.push(street);
  }
  return [...starts, ...contains].slice(0, limit);
}
