import { describe, expect, it } from 'vitest';
import { MAX_STREET_DISTANCE_M, metresBetween, nearestStreet } from './nearest-street';
import { mapStart } from '../maps';

describe('the street nearest to a point on the map (issue 15: "read the address")', () => {
  it('names the street at the pin, with its district, and switches as the pin moves along', () => {
    expect(nearestStreet(mapStart())).toMatchObject({ street: { name: 'Markt', district: 'mitte', postcode: '59368' } });
    // Some 100 m east of the market square: Steinstraße, no longer Markt.
    expect(nearestStreet({ lat: 51.6631, lon: 7.6356 })?.street.name).toBe('Steinstraße');
    expect(nearestStreet({ lat: 51.6562, lon: 7.6425 })).toMatchObject({ street: { name: 'Im Evenkamp', district: 'evenkamp' } });
  });

  it('gives the distance in whole metres', () => {
    const found = nearestStreet({ lat: 51.6634, lon: 7.6337 + 0.0005 })!;
    expect(found.street.name).toBe('Markt');
    expect(found.distance).toBeGreaterThanOrEqual(30);
    expect(found.distance).toBeLessThanOrEqual(40);
    expect(Number.isInteger(found.distance)).toBe(true);
  });

  it('names no street rather than a wrong one when the pin is far from every known street', () => {
    // In the fields between Werne and Herbern: kilometres from any placed street.
    expect(nearestStreet({ lat: 51.72, lon: 7.6 })).toBeNull();
    expect(nearestStreet({ lat: 0, lon: 0 })).toBeNull();
  });

  it('measures metres on the ground', () => {
    expect(metresBetween({ lat: 51.66, lon: 7.63 }, { lat: 51.661, lon: 7.63 })).toBeCloseTo(111.3, 0);
    // A degree of longitude is shorter at Werne's latitude (cos 51.66° ≈ 0.62).
    expect(metresBetween({ lat: 51.66, lon: 7.63 }, { lat: 51.66, lon: 7.631 })).toBeCloseTo(69.1, 0);
    expect(MAX_STREET_DISTANCE_M).toBe(250);
  });
});
