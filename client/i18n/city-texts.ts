/**
 * Texts of the profile, "Mein Bereich" and the Abfallkalender. They travel in the lazily loaded
 * chunk of those pages (importing this module registers them), not in the first visit's bundle;
 * the service worker precaches that chunk, so they are there offline all the same.
 */
import deHome from '../../locales/de/home.json';
import deProfile from '../../locales/de/profile.json';
import deWaste from '../../locales/de/waste.json';
import easyHome from '../../locales/de-x-easy/home.json';
import easyProfile from '../../locales/de-x-easy/profile.json';
import easyWaste from '../../locales/de-x-easy/waste.json';
import enHome from '../../locales/en/home.json';
import enProfile from '../../locales/en/profile.json';
import enWaste from '../../locales/en/waste.json';
import { addTexts } from './i18n';
import type { Language } from './languages';

export const CITY_NAMESPACES = ['home', 'profile', 'waste'] as const;

export const CITY_RESOURCES: Record<Language, Record<(typeof CITY_NAMESPACES)[number], Record<string, unknown>>> = {
  de: { home: deHome, profile: deProfile, waste: deWaste },
  en: { home: enHome, profile: enProfile, waste: enWaste },
  'de-x-easy': { home: easyHome, profile: easyProfile, waste: easyWaste },
};

addTexts(CITY_RESOURCES);
