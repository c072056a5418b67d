export { allStreets, districtIds, districtName, districtOf, findStreet, isCityPostcode, isDistrict, streetRegister, suggestStreets } from './streets';
export { streetKey } from './street-key';
export { registerProblems } from './register-check';
export type { RegisterDistrict, Street, StreetRegister } from './street-register';
