import { describe, expect, it } from 'vitest';
import { allStreets, districtIds, districtOf, findStreet, suggestStreets } from './streets';
import { streetKey } from './street-key';

describe('Werne streets (the default city)', () => {
  it('lists at least 120 distinct streets, all in 59368, every district used', () => {
    expect(allStreets().length).toBeGreaterThanOrEqual(120);
    expect(new Set(allStreets().map((s) => streetKey(s.name))).size).toBe(allStreets().length);
    expect(allStreets().every((s) => s.postcode === '59368')).toBe(true);
    for (const d of districtIds()) expect(allStreets().some((s) => s.district === d), d).toBe(true);
  });

  it('finds a street however it is written', () => {
    for (const typed of ['Bonenstraße', 'bonenstrasse', 'Bonenstr.', 'BONENSTR', '  Bonenstraße ']) {
      expect(findStreet(typed)?.name, typed).toBe('Bonenstraße');
    }
    expect(findStreet('Kurt Schumacher Str.')?.name).toBe('Kurt-Schumacher-Straße');
    expect(findStreet('Suedmauer')?.name).toBe('Südmauer');
    expect(findStreet('Hauptstraße')).toBeUndefined();
    expect(findStreet('')).toBeUndefined();
  });

  it('knows the district of a street', () => {
    expect(districtOf('Markt')).toBe('mitte');
    expect(districtOf('stockumer str')).toBe('stockum');
    expect(districtOf('Wesseler Straße')).toBe('wessel');
    expect(districtOf('Nirgendwo')).toBeUndefined();
  });

  it('suggests streets that start with the typed text first', () => {
    const names = suggestStreets('ste').map((s) => s.name);
    expect(names[0]).toMatch(/^Ste/);
    expect(names).toContain('Steinstraße');
    expect(suggestStreets('mauer').map((s) => s.name)).toEqual(expect.arrayContaining(['Ostmauer', 'Südmauer', 'Westmauer']));
    expect(suggestStreets('   ')).toEqual([]);
    expect(suggestStreets('straße', 5)).toHaveLength(5);
  });
});
