export { DISTRICTS, STREETS, WERNE_POSTCODE, districtOf, findStreet, streetKey, suggestStreets, type District, type Street } from './streets';
