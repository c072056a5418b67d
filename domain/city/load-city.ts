/**
 * Picks the city from the environment (Node only: server, build and tests). `CITY` names a
 * built-in city (`werne`, `musterstadt`) or is the path of a JSON file with a CityConfig; unset,
 * it is Werne. A city whose data is incomplete or whose colours fail WCAG contrast stops the
 * start with the reasons, rather than going live with an unreadable header.
 *
 * Importing this module also defines, on Node, the globals the client build defines
 * (`cityGlobals`): shared domain code such as the street register (domain/places) reads the city
 * from them on the server exactly as in the browser.
 */
import { readFileSync } from 'node:fs';
import { BUILT_IN_CITIES, DEFAULT_CITY, cityGlobals, cityProblems, type CityConfig } from './index';

export function loadCity(env: NodeJS.ProcessEnv = process.env): CityConfig {
  const choice = env.CITY?.trim();
  let city: CityConfig;
  if (!choice) city = DEFAULT_CITY;
  else if (BUILT_IN_CITIES[choice]) city = BUILT_IN_CITIES[choice];
  else if (/\.json$/i.test(choice)) {
    try {
      city = JSON.parse(readFileSync(choice, 'utf8')) as CityConfig;
    } catch (error) {
      throw new Error(`CITY: die Datei „${choice}“ lässt sich nicht als JSON lesen (${(error as Error).message}).`);
    }
  } else {
    throw new Error(`CITY „${choice}“ ist weder eine mitgelieferte Stadt (${Object.keys(BUILT_IN_CITIES).join(', ')}) noch eine .json-Datei.`);
  }
  const problems = cityProblems(city);
  if (problems.length) throw new Error(`Die Stadt-Konfiguration „${choice}“ ist unvollständig:\n- ${problems.join('\n- ')}`);
  return city;
}

/** The city of this process, read once. */
let current: CityConfig | undefined;
export function currentCity(): CityConfig {
  return (current ??= loadCity());
}

let globals: ReturnType<typeof cityGlobals> | undefined;
// Read on first use, so a process (or test file) that sets CITY before using the city gets that one.
for (const name of ['__CITY_SHELL__', '__CITY__', '__CITY_STREETS__', '__CITY_WASTE_CALENDAR__'] as const) {
  if (!(name in globalThis)) Object.defineProperty(globalThis, name, { configurable: true, get: () => (globals ??= cityGlobals(currentCity(), ''))[name] });
}
