/**
 * Which feature namespaces (everything in `locales/<lng>/` beyond the core ones bundled in
 * resources.ts) a page needs. Pure data and functions, so the prerender at build time, the page
 * and the service worker's precache filter agree without importing each other.
 */
import type { Language } from './languages';

/** Only staff pages speak these: never fetched by a citizen's page, never precached. */
export const STAFF_NAMESPACES = ['admin', 'capacity', 'clerk', 'clerk-payments', 'kasse'] as const;

/** Only the server speaks these (API problems, CSV headers, PDF letters, the payment sandbox). */
export const SERVER_NAMESPACES = ['clerk-api', 'documents', 'payments-api', 'payment-sandbox', 'mail', 'dev-mailbox'] as const;

/**
 * Shown in Leichte Sprache to readers of standard German (the Leichte Sprache start page speaks it
 * whatever language is set, as people arrive there from the footer): a German page fetches these
 * in both.
 */
export const EASY_FOR_GERMAN: readonly string[] = ['leichte-sprache-start', 'gebaerdensprache'];

/** Paths under which every page is a staff page. */
const STAFF_PATHS = /^\/(?:sachbearbeitung|kasse|verwaltung)(?:\/|$)/;

/** What every page may show: the language switch's error, and in Leichte Sprache the glossary links. */
function everyPage(lng: Language): string[] {
  return lng === 'de-x-easy' ? ['languages', 'easy'] : ['languages'];
}

/**
 * The public pages that are prerendered, with exactly the namespaces they show. A page not listed
 * here gets every citizen namespace ('citizen'), or every namespace on staff paths ('all').
 */
const PUBLIC_PAGES: Record<string, readonly string[]> = {
  '/': ['directory', 'fundsachen', 'messages'],
  '/anmelden': ['bundid', 'password'],
  '/registrieren': ['legal'],
  '/impressum': ['legal'],
  '/datenschutz': ['legal'],
  '/barrierefreiheit': ['barrierefreiheit', 'leichte-sprache-start', 'gebaerdensprache'],
  '/leichte-sprache': ['leichte-sprache-start', 'gebaerdensprache'],
  '/gebaerdensprache': ['leichte-sprache-start', 'gebaerdensprache'],
  '/leichte-sprache/woerterbuch': ['easy'],
  '/fundsachen': ['fundsachen-liste', 'fundbuero', 'fundsachen'],
  '/abfallkalender': ['waste'],
  '/abfallkalender/jahr': ['waste'],
};

/** What a service's start page shows beside its own namespace (fee, reply deadline, draft list, trust level). */
const SERVICE_START = ['fees', 'reply-deadline', 'submission', 'bundid'];

/**
 * What a question page (`/<service>/<request>/<page>`) shows beside its service's namespace: the
 * file, map and slot questions. It waits for these only, not for every citizen text (issue 17);
 * the check page after it ('citizen') is fetched while the citizen answers (FormPage).
 */
const QUESTION_PAGE = ['files', 'map', 'slots'];
/** Pages of a form address that are not questions: they show every citizen text. */
const FORM_STEPS_NOT_QUESTIONS = ['pruefen', 'bestaetigung'];

export type NamespaceNeed = readonly string[] | 'citizen' | 'all';

/**
 * The namespaces the page at `path` needs. `serviceNamespace` answers for a one-segment path
 * whether it is a catalogue entry and which namespace holds its texts (undefined: not known yet).
 */
export function namespacesFor(
  path: string,
  lng: Language,
  serviceNamespace: (id: string) => string | null | undefined,
): NamespaceNeed {
  if (STAFF_PATHS.test(path)) return 'all';
  const listed = PUBLIC_PAGES[path];
  if (listed) return [...everyPage(lng), ...listed];
  const single = /^\/([\w-]+)$/.exec(path);
  if (single) {
    const namespace = serviceNamespace(single[1]);
    // Unknown while the catalogue loads: the route shows its loading state until it is there.
    if (namespace === undefined) return everyPage(lng);
    if (namespace !== null) return [...everyPage(lng), namespace, ...SERVICE_START];
  }
  const question = /^\/([\w-]+)\/[\w-]+\/([\w-]+)$/.exec(path);
  if (question && !FORM_STEPS_NOT_QUESTIONS.includes(question[2])) {
    const namespace = serviceNamespace(question[1]);
    if (namespace === undefined) return everyPage(lng);
    if (namespace !== null) return [...everyPage(lng), namespace, ...QUESTION_PAGE];
  }
  return 'citizen';
}

export function isStaffNamespace(namespace: string): boolean {
  return (STAFF_NAMESPACES as readonly string[]).includes(namespace);
}

/** The paths prerendered at build time, besides each service's start page (client/build/prerender). */
export const PRERENDERED_PATHS = ['/', '/anmelden', '/registrieren', '/leichte-sprache', '/barrierefreiheit', '/fundsachen', '/abfallkalender', '/impressum', '/datenschutz'];
