/**
 * The portal's identity as the browser and the operating system see it: the install dialog,
 * the home-screen icon, the title bar. One source for the web app manifest, the generated
 * icons and index.html, so the three never disagree; its values come from the city this build
 * is for (`CITY`, domain/city), whose colour checks guarantee white on the theme colour reads
 * (WCAG 1.4.3/1.4.11).
 */
import { loadCity } from '../../domain/city/load-city';

const city = loadCity();

export const BRAND = {
  name: city.portalName,
  shortName: city.shortName,
  description: city.description,
  /** Also what index.html's noscript note names. */
  authority: city.authority,
  themeColor: city.colours.primary,
  backgroundColor: city.colours.background,
  emblemColor: city.colours.onPrimary,
} as const;

/** The whole configuration, for the page bundle (`__CITY__`, client/city/city.ts). */
export const BUILD_CITY = city;
