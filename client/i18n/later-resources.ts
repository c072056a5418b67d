/** The chunk of texts loaded after the first paint (`LATER_NAMESPACES` in resources.ts). */
import deSlots from '../../locales/de/slots.json';
import deTermin from '../../locales/de/termin.json';
import easySlots from '../../locales/de-x-easy/slots.json';
import easyTermin from '../../locales/de-x-easy/termin.json';
import enSlots from '../../locales/en/slots.json';
import enTermin from '../../locales/en/termin.json';
import type { Language } from './languages';

export const LATER_RESOURCES: Record<Language, Record<string, Record<string, unknown>>> = {
  de: { slots: deSlots, termin: deTermin },
  en: { slots: enSlots, termin: enTermin },
  'de-x-easy': { slots: easySlots, termin: easyTermin },
};
