/**
 * What the build defines for the client (webpack.config.ts, `cityGlobals`): load-city.ts defines
 * the same globals on Node, read on first use, so client modules see the city `CITY` selects
 * exactly as in the app (also when a test file sets `CITY` itself, before its imports).
 */
import '../../domain/city/load-city';
