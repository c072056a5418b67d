/**
 * The city this build is for. The build puts the configuration chosen by `CITY` (see
 * domain/city/load-city.ts) in `__CITY__`; outside a build (unit tests) it is Werne.
 */
import type { CityConfig } from '../../domain/city/city-config';
import { cityTextValues } from '../../domain/city/city-config';
import { WERNE } from '../../domain/city/cities/werne';

declare const __CITY__: CityConfig | undefined;

export const CITY: CityConfig = typeof __CITY__ === 'object' ? __CITY__ : WERNE;

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
