/**
 * Every text of the portal, bundled into the build (not fetched) so the app speaks every
 * language offline. The server reads the same files from `locales/` to word its API errors.
 */
import deAccount from '../../locales/de/account.json';
import deCatalogue from '../../locales/de/catalogue.json';
import deClerk from '../../locales/de/clerk.json';
import deCommon from '../../locales/de/common.json';
import deDepartments from '../../locales/de/departments.json';
import deRequests from '../../locales/de/requests.json';
import deSperrmuellkarte from '../../locales/de/sperrmuellkarte.json';
import deAnregung from '../../locales/de/anregung.json';
import deMaengelmelder from '../../locales/de/maengelmelder.json';
import deZaehlerstand from '../../locales/de/zaehlerstand.json';
import deGartenwasserzaehler from '../../locales/de/gartenwasserzaehler.json';
import deValidation from '../../locales/de/validation.json';
import easyAccount from '../../locales/de-x-easy/account.json';
import easyCatalogue from '../../locales/de-x-easy/catalogue.json';
import easyClerk from '../../locales/de-x-easy/clerk.json';
import easyCommon from '../../locales/de-x-easy/common.json';
import easyDepartments from '../../locales/de-x-easy/departments.json';
import easyRequests from '../../locales/de-x-easy/requests.json';
import easySperrmuellkarte from '../../locales/de-x-easy/sperrmuellkarte.json';
import easyAnregung from '../../locales/de-x-easy/anregung.json';
import easyMaengelmelder from '../../locales/de-x-easy/maengelmelder.json';
import easyZaehlerstand from '../../locales/de-x-easy/zaehlerstand.json';
import easyGartenwasserzaehler from '../../locales/de-x-easy/gartenwasserzaehler.json';
import easyValidation from '../../locales/de-x-easy/validation.json';
import enAccount from '../../locales/en/account.json';
import enCatalogue from '../../locales/en/catalogue.json';
import enClerk from '../../locales/en/clerk.json';
import enCommon from '../../locales/en/common.json';
import enDepartments from '../../locales/en/departments.json';
import enRequests from '../../locales/en/requests.json';
import enSperrmuellkarte from '../../locales/en/sperrmuellkarte.json';
import enAnregung from '../../locales/en/anregung.json';
import enMaengelmelder from '../../locales/en/maengelmelder.json';
import enZaehlerstand from '../../locales/en/zaehlerstand.json';
import enGartenwasserzaehler from '../../locales/en/gartenwasserzaehler.json';
import enValidation from '../../locales/en/validation.json';
import type { Language } from './languages';

export const NAMESPACES = ['common', 'catalogue', 'account', 'requests', 'sperrmuellkarte', 'anregung', 'maengelmelder', 'zaehlerstand', 'gartenwasserzaehler', 'clerk', 'departments', 'validation'] as const;
export type Namespace = (typeof NAMESPACES)[number];

type Texts = Record<string, unknown>;

export const RESOURCES: Record<Language, Record<Namespace, Texts>> = {
  de: {
    common: deCommon,
    catalogue: deCatalogue,
    account: deAccount,
    requests: deRequests,
    sperrmuellkarte: deSperrmuellkarte,
    anregung: deAnregung,
    maengelmelder: deMaengelmelder,
    zaehlerstand: deZaehlerstand,
    gartenwasserzaehler: deGartenwasserzaehler,
    clerk: deClerk,
    departments: deDepartments,
    validation: deValidation,
  },
  en: {
    common: enCommon,
    catalogue: enCatalogue,
    account: enAccount,
    requests: enRequests,
    sperrmuellkarte: enSperrmuellkarte,
    anregung: enAnregung,
    maengelmelder: enMaengelmelder,
    zaehlerstand: enZaehlerstand,
    gartenwasserzaehler: enGartenwasserzaehler,
    clerk: enClerk,
    departments: enDepartments,
    validation: enValidation,
  },
  'de-x-easy': {
    common: easyCommon,
    catalogue: easyCatalogue,
    account: easyAccount,
    requests: easyRequests,
    sperrmuellkarte: easySperrmuellkarte,
    anregung: easyAnregung,
    maengelmelder: easyMaengelmelder,
    zaehlerstand: easyZaehlerstand,
    gartenwasserzaehler: easyGartenwasserzaehler,
    clerk: easyClerk,
    departments: easyDepartments,
    validation: easyValidation,
  },
};
