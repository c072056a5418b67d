/**
 * What the build defines for the client (webpack.config.ts: `__CITY_SHELL__`, `__CITY__`), set as
 * globals for the tests, so client modules see the city `CITY` selects exactly as in the app.
 */
import { cityShell } from '../../domain/city/city-config';
import { loadCity } from '../../domain/city/load-city';

const city = loadCity();
Object.assign(globalThis, { __CITY_SHELL__: cityShell(city, ''), __CITY__: city });
