import type { StreetRegister } from '../../places';

/**
 * Werne's street register with its Ortsteile.
 *
 * SAMPLE DATA: real street names of Werne (PLZ 59368), assigned to districts as well as we could
 * tell from public sources; the list is neither complete nor authoritative. The points (one per
 * street, roughly its middle, rounded to about 10 m) were taken from public maps by eye, only for
 * the streets around the old town and the main roads out of it. The city replaces all of it with
 * the extract of its own street register (Straßenverzeichnis) before going live.
 */
const POSTCODE = '59368';

// The town centre has two crews' worth of Sperrmüll tour, the outer districts one light tour each.
const DISTRICTS = [
  { id: 'mitte', name: 'Werne-Mitte', bulkyWastePickupsPerDay: 8 },
  { id: 'evenkamp', name: 'Evenkamp', bulkyWastePickupsPerDay: 4 },
  { id: 'stockum', name: 'Stockum', bulkyWastePickupsPerDay: 4 },
  { id: 'langern', name: 'Langern', bulkyWastePickupsPerDay: 4 },
  { id: 'horst', name: 'Horst', bulkyWastePickupsPerDay: 4 },
  { id: 'holthausen', name: 'Holthausen', bulkyWastePickupsPerDay: 4 },
  { id: 'ehringhausen', name: 'Ehringhausen', bulkyWastePickupsPerDay: 4 },
  { id: 'schmintrup', name: 'Schmintrup', bulkyWastePickupsPerDay: 4 },
  { id: 'wessel', name: 'Wessel', bulkyWastePickupsPerDay: 4 },
  { id: 'lenklar', name: 'Lenklar', bulkyWastePickupsPerDay: 4 },
  { id: 'varnhoevel', name: 'Varnhövel', bulkyWastePickupsPerDay: 4 },
];

const BY_DISTRICT: Record<string, readonly string[]> = {
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

const STREET_POINTS: Readonly<Record<string, readonly [number, number]>> = {
  Markt: [51.6634, 7.6337],
  Kirchhof: [51.6639, 7.6345],
  Roggenmarkt: [51.663, 7.6347],
  Steinstraße: [51.6631, 7.6358],
  Bonenstraße: [51.6637, 7.6321],
  Burgstraße: [51.6625, 7.6331],
  Magdalenenstraße: [51.6645, 7.6331],
  'Konrad-Adenauer-Platz': [51.665, 7.6318],
  Südmauer: [51.662, 7.6345],
  Nordmauer: [51.6652, 7.6345],
  Ostmauer: [51.6636, 7.6372],
  Westmauer: [51.6634, 7.6303],
  Bahnhofstraße: [51.6603, 7.6332],
  Münsterstraße: [51.668, 7.633],
  'Lünener Straße': [51.6598, 7.6252],
  'Kamener Straße': [51.6572, 7.638],
  'Capeller Straße': [51.669, 7.6222],
  'Selmer Straße': [51.664, 7.615],
  'Stockumer Straße': [51.666, 7.655],
  Hansaring: [51.6618, 7.6402],
  'Im Evenkamp': [51.6562, 7.6421],
};


export const WERNE_STREETS: StreetRegister = {
  sample: true,
  districts: DISTRICTS,
  streets: Object.entries(BY_DISTRICT).flatMap(([district, names]) =>
    names.map((name) => {
      const point = STREET_POINTS[name];
      return { name, district, postcode: POSTCODE, ...(point && { position: { lat: point[0], lon: point[1] } }) };
    }),
  ),
  // The municipality's area with a margin: from Stockum in the east to Schmintrup in the south.
  bounds: { south: 51.6, west: 7.52, north: 51.74, east: 7.76 },
  // The market square.
  mapStart: { lat: 51.6633, lon: 7.6336 },
  exampleStreet: 'Bonenstraße',
};
