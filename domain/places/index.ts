export { DISTRICTS, DISTRICT_NAMES, STREETS, WERNE_POSTCODE, districtOf, findStreet, normalizeStreetName, streetKey, suggestStreets, type District, type Street } from './streets';
