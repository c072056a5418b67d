/**
 * The texts every page needs (header, start page, sign-in, request lists, errors), bundled into
 * the first download. All other namespaces (each service's questions, each feature's pages) come
 * in one lazy chunk right after (feature-texts.ts): the first visit stays small however many
 * services the catalogue grows, and the service worker precaches both, so every language works
 * offline. The server reads the same files from `locales/` to word its API errors.
 */
import deAccount from '../../locales/de/account.json';
import deCatalogue from '../../locales/de/catalogue.json';
import deCommon from '../../locales/de/common.json';
import deDepartments from '../../locales/de/departments.json';
import deRequests from '../../locales/de/requests.json';
import deValidation from '../../locales/de/validation.json';
import enAccount from '../../locales/en/account.json';
import enCatalogue from '../../locales/en/catalogue.json';
import enCommon from '../../locales/en/common.json';
import enDepartments from '../../locales/en/departments.json';
import enRequests from '../../locales/en/requests.json';
import enValidation from '../../locales/en/validation.json';
import type { FirstDownloadLanguage } from './languages';

export const NAMESPACES = ['common', 'catalogue', 'account', 'requests', 'departments', 'validation'] as const;
export type Namespace = (typeof NAMESPACES)[number];

type Texts = Record<string, unknown>;

/**
 * German and English only. Leichte Sprache's core texts come in a small chunk of their own, and
 * Turkish, Ukrainian and Arabic in one chunk each, all on choice (language-texts.ts).
 */
export const RESOURCES: Record<FirstDownloadLanguage, Record<Namespace, Texts>> = {
  de: {
    common: deCommon,
    catalogue: deCatalogue,
    account: deAccount,
    requests: deRequests,
    departments: deDepartments,
    validation: deValidation,
  },
  en: {
    common: enCommon,
    catalogue: enCatalogue,
    account: enAccount,
    requests: enRequests,
    departments: enDepartments,
    validation: enValidation,
  },
};
