/**
 * A city's street register (Straßenverzeichnis) as the city configuration carries it
 * (`CityConfig.streets`): its Ortsteile, its streets with their Ortsteil and postcode, where the
 * map starts and the area every placed street lies in. Plain JSON-able values, so a city written
 * as a JSON file (`CITY=/path/to/city.json`) brings its own register.
 */
export interface RegisterDistrict {
  /** Short id used in routing rules, capacities and disposer tours, e.g. `mitte`. */
  id: string;
  /** The name as shown, a place name the same in every language, e.g. `Werne-Mitte`. */
  name: string;
  /** Sperrmüll pickups a day in this district until the administrator sets other figures. */
  bulkyWastePickupsPerDay: number;
}

export interface Street {
  name: string;
  /** The id of its district (Ortsteil). */
  district: string;
  postcode: string;
  /**
   * One point on the street (roughly its middle), for naming the street at the map's pin;
   * streets without one are never named from the map.
   */
  position?: { lat: number; lon: number };
}

export interface StreetRegister {
  /** True while the register is sample data, not the extract of the city's own register. */
  sample: boolean;
  districts: readonly RegisterDistrict[];
  streets: readonly Street[];
  /** The city's area: every street's position lies inside it. */
  bounds: { south: number; west: number; north: number; east: number };
  /** Where the map starts when no position is known yet (the market square, say). */
  mapStart: { lat: number; lon: number };
  /** The street hints and error texts give as an example ("zum Beispiel …"). */
  exampleStreet: string;
}
