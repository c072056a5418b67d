/**
 * What the service worker precaches: what a citizen needs offline in German and Leichte Sprache.
 * Left out, and fetched (then kept) only when someone needs them:
 * - texts of the languages that come on choice (English feature texts; Turkish, Ukrainian, Arabic
 *   whole; offline before they were ever chosen, the switch says so: languages:loadFailed),
 * - staff texts (clerks, admin, treasury) in any language,
 * - staff pages' code (client/pages/clerk, admin, kasse, the Fundbüro's clerk pages),
 * - the map (Leaflet, ~37 KB brotli): it shows only once /api/karte answered, so never offline,
 *   where its tiles would be missing anyway; the text field stays the way to give a place.
 * The issue measured 976 KiB of precache on a first visit, most of it for no citizen's use.
 */
import type { Chunk, Compilation, Module } from 'webpack';
import { PRECACHED_TEXT_LANGUAGES } from '../i18n/languages';
import { isStaffNamespace } from '../i18n/namespaces';

const LOCALE_FILE = /[\\/]locales[\\/]([\w-]+)[\\/]([\w-]+)\.json$/;
/**
 * The chunks of whole languages chosen on demand (client/i18n/language-chunks/); Leichte Sprache's
 * chunk holds only its core texts, which it needs offline like its other namespaces.
 */
const LANGUAGE_CHUNK = /[\\/]client[\\/]i18n[\\/]language-chunks[\\/](?:tr|uk|ar)\.ts$/;
const STAFF_CODE = /[\\/]client[\\/]pages[\\/](?:clerk|admin|kasse|fundsachen[\\/]clerk)[\\/]/;
const APP_CODE = /[\\/](?:client|domain)[\\/]/;
const MAP_CODE = /[\\/](?:node_modules[\\/]leaflet[\\/]|client[\\/]components[\\/]MapPicker[\\/]leaflet-map)/;

function resourceOf(module: Module): string {
  const inner = 'rootModule' in module ? (module as { rootModule: Module }).rootModule : module;
  return 'resource' in inner && typeof inner.resource === 'string' ? inner.resource : '';
}

/** Why a chunk with these modules stays out of the precache, or null when a citizen needs it offline. */
export function notForCitizensOffline(resources: string[]): string | null {
  const modules = resources.filter(Boolean);
  if (modules.length && modules.every((r) => MAP_CODE.test(r))) return 'the map, shown only online';
  const own = resources.filter((r) => APP_CODE.test(r) || LOCALE_FILE.test(r));
  if (!own.length) return null;
  const texts = own.map((r) => LOCALE_FILE.exec(r));
  if (texts.every((m) => m !== null)) {
    const bundled = (m: RegExpExecArray) => (PRECACHED_TEXT_LANGUAGES as readonly string[]).includes(m[1]);
    if (texts.every((m) => !bundled(m!) || isStaffNamespace(m![2]))) return 'texts of another language or of staff';
    return null;
  }
  if (own.some((r) => LANGUAGE_CHUNK.test(r))) return 'a language chosen on demand';
  const code = own.filter((r) => !LOCALE_FILE.test(r));
  if (code.every((r) => STAFF_CODE.test(r))) return 'staff pages';
  return null;
}

/**
 * True when every way to this chunk is an import() of a staff page. Such chunks also carry shared
 * pieces (the Table component, session-fetch) that webpack copies into each lazy chunk, so a test
 * of their modules alone would keep them in the precache (it did: ~30 KB brotli of clerk, admin
 * and treasury code on every citizen's first visit).
 */
export function onlyReachedFromStaffPages(requestsPerGroup: readonly (readonly string[])[]): boolean {
  return requestsPerGroup.length > 0 && requestsPerGroup.every((requests) => requests.length > 0 && requests.every((r) => STAFF_REQUEST.test(r)));
}
const STAFF_REQUEST = /(?:^|\/)pages\/(?:clerk|admin|kasse|fundsachen\/clerk)\//;

function importRequests(chunk: Chunk): string[][] {
  return [...chunk.groupsIterable].map((group) => group.origins.map((origin) => origin.request ?? ''));
}

/** Asset file names of every chunk a citizen does not need offline. */
export function filesNotForCitizens(compilation: Compilation): Set<string> {
  const left = new Set<string>();
  for (const chunk of compilation.chunks) {
    if (chunk.canBeInitial()) continue;
    if (onlyReachedFromStaffPages(importRequests(chunk))) {
      for (const file of chunk.files) left.add(file);
      continue;
    }
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
