import type { StreetRegister } from '../../places/street-register';
import type { CalendarData } from '../../waste-calendar/calendar-data';

/** Musterstadt's small, invented street register: three Ortsteile, eight streets. EVERY VALUE IS AN EXAMPLE. */
export const MUSTERSTADT_STREETS: StreetRegister = {
  sample: true,
  districts: [
    { id: 'altstadt', name: 'Musterstadt-Altstadt', bulkyWastePickupsPerDay: 6 },
    { id: 'nordfeld', name: 'Nordfeld', bulkyWastePickupsPerDay: 3 },
    { id: 'suedheide', name: 'Südheide', bulkyWastePickupsPerDay: 2 },
  ],
  streets: [
    { name: 'Marktplatz', district: 'altstadt', postcode: '12345', position: { lat: 52.401, lon: 9.701 } },
    { name: 'Musterweg', district: 'altstadt', postcode: '12345', position: { lat: 52.4025, lon: 9.7035 } },
    { name: 'Beispielallee', district: 'altstadt', postcode: '12345', position: { lat: 52.3995, lon: 9.699 } },
    { name: 'Nordfelder Landstraße', district: 'nordfeld', postcode: '12345', position: { lat: 52.412, lon: 9.705 } },
    { name: 'Am Musterteich', district: 'nordfeld', postcode: '12345' },
    { name: 'Heideblick', district: 'suedheide', postcode: '12347', position: { lat: 52.389, lon: 9.696 } },
    { name: 'Südheider Weg', district: 'suedheide', postcode: '12347' },
    { name: 'Probegasse', district: 'altstadt', postcode: '12345' },
  ],
  bounds: { south: 52.38, west: 9.67, north: 52.42, east: 9.73 },
  mapStart: { lat: 52.401, lon: 9.701 },
  exampleStreet: 'Musterweg',
};

/**
 * Musterstadt's invented Abfallkalender: two routes, one street served by the other Ortsteil's
 * route. Its public holidays are NRW's, as the calendar check requires today.
 */
export const MUSTERSTADT_CALENDAR: CalendarData = {
  comment: 'BEISPIELDATEN: erfundene Touren der Musterstadt.',
  sample: true,
  validFrom: '2026-01-01',
  validUntil: '2027-12-31',
  routes: {
    innen: {
      restmuell: { start: '2026-01-06', everyWeeks: 2 },
      bio: { start: '2026-01-13', everyWeeks: 2 },
      papier: { start: '2026-01-08', everyWeeks: 4 },
      verpackung: { start: '2026-01-15', everyWeeks: 2 },
    },
    aussen: {
      restmuell: { start: '2026-01-09', everyWeeks: 2 },
      papier: { start: '2026-01-23', everyWeeks: 4 },
      verpackung: { start: '2026-01-16', everyWeeks: 4 },
    },
  },
  districtRoutes: { altstadt: 'innen', nordfeld: 'aussen', suedheide: 'aussen' },
  streetRoutes: { Heideblick: 'innen' },
  holidays: [
    '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-01', '2026-05-14', '2026-05-25', '2026-06-04',
    '2026-10-03', '2026-11-01', '2026-12-25', '2026-12-26',
    '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-01', '2027-05-06', '2027-05-17', '2027-05-27',
    '2027-10-03', '2027-11-01', '2027-12-25', '2027-12-26',
  ],
  moves: { '2026-12-31': '2026-12-30', '2027-12-24': '2027-12-23' },
};
