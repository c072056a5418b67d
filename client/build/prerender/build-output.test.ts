/**
 * The production build's output as a visitor's browser and a search engine receive it: one real
 * build (webpack + prerender) into a temporary folder, or in `npm test` the suite's build in
 * dist/, then its files are read.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack from 'webpack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueEntries } from '../../../domain/catalogue';
import { currentServices } from '../../../domain/catalogue/lookup';
import { createWebpackConfig } from '../../../webpack.config';
import { createCatalogueFile } from '../catalogue-file-plugin';
import { precachedUrls } from '../build-report';
import { LANGUAGES } from '../../i18n/languages';
import { prerenderedFile, prerenderedPaths, prerenderPages } from '.';

const ROOT = path.resolve(__dirname, '../../..');
let dist: string;

function read(file: string): string {
  return readFileSync(path.join(dist, file), 'utf8');
}

function localeText(lng: string, namespace: string, pick: (texts: Record<string, unknown>) => unknown): string {
  return String(pick(JSON.parse(readFileSync(path.join(ROOT, 'locales', lng, `${namespace}.json`), 'utf8'))));
}

/** The longest text of a locale file without placeholders or quotes: found only where that file is. */
function distinctive(lng: string, namespace: string): string {
  const texts: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') texts.push(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(JSON.parse(readFileSync(path.join(ROOT, 'locales', lng, `${namespace}.json`), 'utf8')));
  return texts.filter((t) => !/[{}"'\\<>&]/.test(t) && /^[\x20-\x7e]*$/.test(t)).sort((a, b) => b.length - a.length)[0];
}

/**
 * `npm test` builds the client for the browser tests beside vitest (scripts/test-all.sh) and
 * names a file that holds the build's exit code once it is done: that build's output is read
 * instead of building the same a second time on the same cores.
 */
async function suiteBuild(doneFile: string): Promise<string> {
  while (!existsSync(doneFile)) await new Promise((r) => setTimeout(r, 250));
  const code = readFileSync(doneFile, 'utf8').trim();
  if (code !== '0') throw new Error(`the suite's production build failed (exit code ${code}): its output is printed after vitest`);
  return path.join(ROOT, 'dist');
}

let ownBuild = false;
beforeAll(async () => {
  if (process.env.SUITE_BUILD_DONE) {
    dist = await suiteBuild(process.env.SUITE_BUILD_DONE);
    return;
  }
  ownBuild = true;
  dist = mkdtempSync(path.join(os.tmpdir(), 'bp-build-'));
  const compiler = webpack(createWebpackConfig({ mode: 'production', outputPath: dist }));
  await new Promise<void>((resolve, reject) => compiler.run((error, stats) => (error || stats?.hasErrors() ? reject(error ?? new Error(stats?.toString())) : resolve())));
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  await prerenderPages(ROOT, dist, `/${createCatalogueFile({ hashed: true }).file}`);
}, 400_000);

afterAll(() => {
  if (ownBuild) rmSync(dist, { recursive: true, force: true });
});

describe('prerendered public pages', () => {
  const services = currentServices(catalogueEntries());

  it('exist for every public page and service start page in every language, each with its own title, lang and canonical', () => {
    expect(prerenderedPaths(catalogueEntries())).toEqual(expect.arrayContaining(['/', '/anmelden', '/registrieren', '/leichte-sprache', '/barrierefreiheit', '/fundsachen', '/abfallkalender', '/sperrmuellkarte']));
    for (const lng of LANGUAGES) {
      const titles = new Set<string>();
      for (const pagePath of prerenderedPaths(catalogueEntries())) {
        const html = read(prerenderedFile(lng, pagePath));
        expect(html, `${lng} ${pagePath}`).toMatch(new RegExp(`<html lang="${lng}" dir="${lng === 'ar' ? 'rtl' : 'ltr'}">`));
        const canonical = lng === 'de' ? pagePath : `${pagePath}?lang=${lng}`;
        expect(html, `${lng} ${pagePath}`).toContain(`<link rel="canonical" href="${canonical}">`);
        for (const other of LANGUAGES) expect(html).toContain(`hreflang="${other}"`);
        expect(html, `${lng} ${pagePath}`).toMatch(/<div id="app" data-lang="[\w-]+"><a class="skip-link"[\s\S]*<main[\s\S]*<h1[^>]*>[^<]+<\/h1>/);
        titles.add(/<title>([^<]*)<\/title>/.exec(html)![1]);
        // No raw text key (a namespace the page shows but the prerender did not load).
        expect(html, `${lng} ${pagePath}`).not.toMatch(/>[\w-]+:[\w.]+</);
      }
      expect(titles.size, `${lng}: every page has a title of its own`).toBe(prerenderedPaths(catalogueEntries()).length);
    }
  });

  it('carry the heading and description of the page in that language', () => {
    const sperrmuell = services.find((s) => s.id === 'sperrmuellkarte')!;
    for (const lng of ['de', 'en', 'de-x-easy'] as const) {
      const html = read(prerenderedFile(lng, '/sperrmuellkarte'));
      expect(html).toContain(`<h1 class="heading-l" tabindex="-1">${sperrmuell.title[lng]}</h1>`);
      expect(html).toMatch(new RegExp(`<title>${sperrmuell.title[lng]} – `));
    }
    const english = read(prerenderedFile('en', '/anmelden'));
    expect(english).toContain(localeText('en', 'account', (t) => (t.login as Record<string, unknown>).title));
    expect(/<meta name="description" content="([^"]*)">/.exec(read(prerenderedFile('de', '/sperrmuellkarte')))![1]).not.toBe(
      /<meta name="description" content="([^"]*)">/.exec(read(prerenderedFile('de', '/')))![1],
    );
  });
  it('paint before the app runs, and ask for nothing but themselves, their stylesheet and images before it: the small boot script names the app’s scripts, fetched after the paint', () => {
    const shellScripts = [...read('index.html').matchAll(/<script defer="defer" src="([^"]+)"><\/script>/g)].map((m) => m[1]);
    expect(shellScripts.length, 'the shell runs the app itself').toBeGreaterThan(0);
    const precached = precachedUrls(read('sw.js'));
    for (const lng of ['de', 'ar'] as const) {
      for (const pagePath of ['/', '/sperrmuellkarte', '/anmelden', '/abfallkalender']) {
        const html = read(prerenderedFile(lng, pagePath));
        const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
        expect(scripts, `${lng} ${pagePath}`).toEqual([expect.stringMatching(/^<script defer="defer" src="\/assets\/boot\.[0-9a-f]+\.js" data-app-scripts="[^"]+">$/)]);
        const boot = /src="\/([^"]+)"/.exec(scripts[0])![1];
        expect(gzipSync(read(boot)).length, boot).toBeLessThan(1024);
        expect(precached, 'offline, a kept page starts its app too').toContain(`/${boot}`);
        expect(/data-app-scripts="([^"]+)"/.exec(scripts[0])![1].split(' '), `${lng} ${pagePath}`).toEqual(shellScripts);
        // A preload, however low its priority, shares a slow phone's bandwidth with the stylesheet
        // the paint waits for (Lighthouse counted ~66 KB of it into the LCP of every public page).
        expect(html, `${lng} ${pagePath}`).not.toMatch(/<link\b[^>]*\brel="(?:preload|modulepreload|prefetch)"/);
      }
    }
  });
});

describe('texts and precache', () => {
  const sw = () => read('sw.js');
  const precached = () => precachedUrls(sw()).map((url) => url.replace(/^\//, ''));
  const scripts = () => readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);

  // Texts are compiled into JS with JSON.parse('…'); a distinctive phrase of each file finds its chunk.
  const adminText = () => distinctive('de', 'admin');
  const englishWaste = () => distinctive('en', 'waste');
  const germanWaste = () => distinctive('de', 'waste');
  const easyWaste = () => distinctive('de-x-easy', 'waste');
  const turkishWaste = () => distinctive('tr', 'waste');

  it('keeps staff code, staff texts and languages chosen on demand (English feature texts too) out of the citizen precache, and German and Leichte Sprache citizen texts in it', () => {
    const files = precached().filter((f) => f.endsWith('.js'));
    const contents = files.map((f) => read(f));
    expect(contents.some((c) => c.includes(adminText())), 'an admin text is precached').toBe(false);
    expect(contents.some((c) => c.includes(turkishWaste())), 'a Turkish feature text is precached').toBe(false);
    // German and Leichte Sprache (German pages show some of its texts) are there offline; English
    // feature texts come on choice like any other language's and are kept once fetched.
    const easyCore = distinctive('de-x-easy', 'common');
    for (const [lng, text] of [['de', germanWaste()], ['de-x-easy', easyWaste()], ['de-x-easy core', easyCore]]) {
      expect(contents.some((c) => c.includes(text)), `${lng} waste texts are precached`).toBe(true);
    }
    expect(contents.some((c) => c.includes(englishWaste())), 'an English feature text is precached').toBe(false);
    expect(scripts().some((f) => read(f).includes(englishWaste()))).toBe(true);
    // The staff texts still exist: as a chunk of their own, fetched on a staff page.
    expect(scripts().some((f) => read(f).includes(adminText()))).toBe(true);
    // Staff pages' code (its API paths survive minifying) is fetched on a staff page, never precached.
    for (const staffApi of ['/api/clerk/audit', '/api/kasse/kontoauszuege', '/api/admin/departments']) {
      expect(contents.some((c) => c.includes(staffApi)), `${staffApi}: staff code is precached`).toBe(false);
      expect(scripts().some((f) => read(f).includes(staffApi)), staffApi).toBe(true);
    }
    // The map shows only once /api/karte answered, never offline: Leaflet's code is fetched then.
    expect(contents.some((c) => c.includes('leaflet-container')), 'Leaflet is precached').toBe(false);
    expect(scripts().some((f) => read(f).includes('leaflet-container'))).toBe(true);
  });

  it('splits texts per language and namespace: no text chunk carries two namespaces or two languages', () => {
    const chunk = scripts().filter((f) => read(f).includes(germanWaste()));
    expect(chunk.length).toBeGreaterThan(0);
    for (const file of chunk) {
      const text = read(file);
      expect(text.includes(adminText()), file).toBe(false);
      expect(text.includes(englishWaste()), file).toBe(false);
      expect(gzipSync(text).length, `${file} gzip`).toBeLessThan(8 * 1024);
    }
  });

  it('keeps every text out of the way of the first paint: the entry carries no feature namespace', () => {
    const html = read('index.html');
    const initial = [...html.matchAll(/src="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
    for (const file of initial) {
      expect(read(file).includes(germanWaste()), file).toBe(false);
      expect(read(file).includes(distinctive('de', 'sperrmuellkarte')), file).toBe(false);
    }
  });
});
