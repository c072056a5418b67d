import { describe, expect, it } from 'vitest';
import type { Street } from '../places';
import { MUSTERSTADT, cityProblems, type CityConfig } from './index';

/** Musterstadt with its street register (and calendar) changed by `change`. */
function withRegister(change: (city: CityConfig) => void): CityConfig {
  const city = structuredClone(MUSTERSTADT);
  change(city);
  return city;
}

describe("a city's street register is checked with the rest of its configuration", () => {
  it('refuses a street in an unknown district, naming street and district', () => {
    const city = withRegister((c) => (c.streets.streets as Street[])[1].district = 'atlantis');
    expect(cityProblems(city)).toEqual([expect.stringMatching(/Straße „Musterweg“ liegt im unbekannten Ortsteil „atlantis“/)]);
  });

  it('refuses the same street twice, however it is spelled', () => {
    const city = withRegister((c) => (c.streets.streets as Street[]).push({ name: 'Muster-Weg', district: 'nordfeld', postcode: '12345' }));
    expect(cityProblems(city)).toEqual([expect.stringMatching(/„Muster-Weg“ steht doppelt im Verzeichnis \(wie „Musterweg“\)/)]);
  });

  it("refuses a position outside the city's bounds, and a map start outside them", () => {
    const city = withRegister((c) => {
      (c.streets.streets as Street[])[0].position = { lat: 51.6634, lon: 7.6337 };
      c.streets.mapStart = { lat: 0, lon: 0 };
    });
    expect(cityProblems(city)).toEqual([
      expect.stringMatching(/Straße „Marktplatz“ liegt mit 51.6634, 7.6337 außerhalb des Stadtgebiets/),
      expect.stringMatching(/mapStart muss ein Punkt im Stadtgebiet/),
    ]);
  });

  it('refuses an empty or missing register, a district without streets and an example street it lacks', () => {
    const empty = withRegister((c) => (c.streets = { ...c.streets, streets: [], exampleStreet: 'Bonenstraße' }));
    expect(cityProblems(empty)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/streets.streets ist leer/),
        expect.stringMatching(/Ortsteil „nordfeld“ hat keine Straße/),
        expect.stringMatching(/exampleStreet „Bonenstraße“ steht nicht im Straßenverzeichnis/),
      ]),
    );
    const missing = withRegister((c) => delete (c as Partial<CityConfig>).streets);
    expect(cityProblems(missing)).toEqual([expect.stringMatching(/^streets fehlt/)]);
  });

  it('refuses an Abfallkalender that names a street or district the register lacks, or leaves a district without a route', () => {
    const city = withRegister((c) => {
      c.wasteCalendar.streetRoutes = { Bonenstraße: 'innen' };
      c.wasteCalendar.districtRoutes = { altstadt: 'innen', nordfeld: 'aussen', mitte: 'innen' };
    });
    expect(cityProblems(city)).toEqual([
      'wasteCalendar: districtRoutes.suedheide: keine gültige Tour',
      'wasteCalendar: districtRoutes: Ortsteil „mitte“ gibt es im Straßenverzeichnis nicht',
      'wasteCalendar: streetRoutes: Straße „Bonenstraße“ gibt es im Straßenverzeichnis nicht',
    ]);
  });
});
