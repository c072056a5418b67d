/**
 * What the service worker precaches: what a citizen needs offline in German, the language every
 * other one falls back to. Left out, and fetched (then kept) only when someone needs them:
 * - texts of every other language (English, Leichte Sprache, Turkish, Ukrainian, Arabic),
 * - staff texts (clerks, admin, treasury) in any language,
 * - staff pages' code (client/pages/clerk, admin, kasse, the Fundbüro's clerk pages).
 * The issue measured 976 KiB of precache on a first visit, most of it for no citizen's use.
 */
import type { Compilation, Module } from 'webpack';
import { EASY_FOR_GERMAN, isStaffNamespace } from '../i18n/namespaces';

const LOCALE_FILE = /[\\/]locales[\\/]([\w-]+)[\\/]([\w-]+)\.json$/;
/** The chunks of whole languages chosen on demand (client/i18n/language-chunks/). */
const LANGUAGE_CHUNK = /[\\/]client[\\/]i18n[\\/]language-chunks[\\/]/;
const STAFF_CODE = /[\\/]client[\\/]pages[\\/](?:clerk|admin|kasse|fundsachen[\\/]clerk)[\\/]/;
const APP_CODE = /[\\/](?:client|domain)[\\/]/;

function resourceOf(module: Module): string {
  const inner = 'rootModule' in module ? (module as { rootModule: Module }).rootModule : module;
  return 'resource' in inner && typeof inner.resource === 'string' ? inner.resource : '';
}

/** Why a chunk with these modules stays out of the precache, or null when a citizen needs it offline. */
export function notForCitizensOffline(resources: string[]): string | null {
  const own = resources.filter((r) => APP_CODE.test(r) || LOCALE_FILE.test(r));
  if (!own.length) return null;
  const texts = own.map((r) => LOCALE_FILE.exec(r));
  if (texts.every((m) => m !== null)) {
    // The Leichte Sprache start page speaks Leichte Sprache to German readers too, offline as well.
    const german = (m: RegExpExecArray) => m[1] === 'de' || (m[1] === 'de-x-easy' && EASY_FOR_GERMAN.includes(m[2]));
    if (texts.every((m) => !german(m!) || isStaffNamespace(m![2]))) return 'texts of another language or of staff';
    return null;
  }
  if (own.some((r) => LANGUAGE_CHUNK.test(r))) return 'a language chosen on demand';
  const code = own.filter((r) => !LOCALE_FILE.test(r));
  if (code.every((r) => STAFF_CODE.test(r))) return 'staff pages';
  return null;
}

/** Asset file names of every chunk a citizen does not need offline. */
export function filesNotForCitizens(compilation: Compilation): Set<string> {
  const left = new Set<string>();
  for (const chunk of compilation.chunks) {
    if (chunk.canBeInitial()) continue;
    const resources = [...compilation.chunkGraph.getChunkModulesIterable(chunk)].flatMap((m) =>
      'modules' in m && Array.isArray((m as { modules?: Module[] }).modules) ? (m as { modules: Module[] }).modules.map(resourceOf) : [resourceOf(m)],
    );
    if (notForCitizensOffline(resources)) for (const file of chunk.files) left.add(file);
  }
  return left;
}

/** workbox-webpack-plugin manifest transform: drops those files from the precache list. */
export function citizenPrecache<Entry extends { url: string }>(entries: Entry[], compilation?: unknown) {
  const left = compilation ? filesNotForCitizens(compilation as Compilation) : new Set<string>();
  return { manifest: entries.filter((entry) => !left.has(entry.url.replace(/^\//, ''))), warnings: [] as string[] };
}
