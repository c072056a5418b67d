/**
 * What every page shows of the city (header, footer, titles, colours), in the first download.
 * The build defines this part of the configuration chosen by `CITY` (domain/city/load-city.ts)
 * as `__CITY_SHELL__` and emits the emblem as a file of its own (pwa-assets-plugin.ts), so the
 * first visit carries no more than it paints; the legal pages read the whole configuration
 * (client/pages/legal/city.ts). client/test-support/city-globals.ts sets both for tests.
 */
import { cityTextValues, type CityShell } from '../../domain/city/city-config';

declare const __CITY_SHELL__: CityShell | undefined;

/** Client code run outside the build (a prerenderer, a script) must define the city first. */
function undefinedCity(): never {
  throw new Error('__CITY_SHELL__ is not defined: build with webpack.config.ts, or set it as client/test-support/city-globals.ts does.');
}

export const CITY: CityShell = typeof __CITY_SHELL__ === 'object' ? __CITY_SHELL__ : undefinedCity();

/** Every text may name the city by these placeholders (i18next's default variables, i18n.ts). */
export const CITY_TEXT_VALUES = cityTextValues(CITY);

/**
 * The city's colours as the stylesheet's inputs (`--city-primary`, `--city-link`, see base.css).
 * Set through the CSSOM, which the CSP allows where a style attribute would not be; the dark
 * scheme still sets its own link colour, since it defines `--colour-link` itself.
 */
export function applyCityColours(root: HTMLElement = document.documentElement): void {
  root.style.setProperty('--city-primary', CITY.colours.primary);
  root.style.setProperty('--city-link', CITY.colours.link);
}
