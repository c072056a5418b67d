/**
 * `npm run bench:lighthouse`: Lighthouse 12.2.3 (mobile, simulated throttling) on the portal's
 * public pages and a signed-in question page, side by side with a GOV.UK question page built
 * from the `govuk-frontend` package (govuk-question-page.ts). Prints, per page, the medians of
 * the performance score, LCP, CLS and bytes transferred, the LCP as a multiple of the GOV.UK
 * page's, and the accessibility score with every failing audit. Figures, never asserted.
 *
 * Rounds alternate the order of the pages (forwards, then backwards), so a machine that slows
 * down during the run weighs on every page alike. Needs `npm run build`; builds nothing itself.
 * Starts the portal as its own process on a fresh data directory and a free port, and Debian's
 * Chromium through chrome-launcher (never a downloaded browser).
 * `BENCH_LIGHTHOUSE_PAGES` (comma-separated paths) replaces the public pages (`,` measures none:
 * only the signed-in question page and GOV.UK's),
 * `BENCH_LIGHTHOUSE_RUNS` (default 3) sets the rounds.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../../a11y-tests/playwright.config';
import { ApiClient, sperrmuellDraft } from '../test-support/api-client';
import { serveGovukPage } from './govuk-question-page';
import { startServerProcess } from './start-server-process';

// `BENCH_LIGHTHOUSE_PAGES=,` names no public page: only the signed-in question page (and GOV.UK's).
const PORTAL_PAGES: readonly { path: string; name: string }[] = process.env.BENCH_LIGHTHOUSE_PAGES
  ? process.env.BENCH_LIGHTHOUSE_PAGES.split(',').map((p) => p.trim()).filter(Boolean).map((p) => ({ path: p, name: p }))
  : [
      { path: '/', name: 'Startseite' },
      { path: '/sperrmuellkarte', name: 'Startseite einer Leistung' },
      { path: '/anmelden', name: 'Anmelden' },
      { path: '/abfallkalender', name: 'Abfallkalender' },
      { path: '/leichte-sprache', name: 'Leichte Sprache' },
      { path: '/fundsachen', name: 'Fundsachen' },
      { path: '/barrierefreiheit', name: 'Barrierefreiheit' },
    ];
/** Lighthouse's default storage reset plus what a device that never saw the portal lacks. */
const FRESH_DEVICE = ['file_systems', 'shader_cache', 'service_workers', 'cache_storage', 'indexeddb', 'local_storage'] as const;
const RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));
/** Where each run's full Lighthouse report goes, to read what a figure came from. */
const SAVE_DIR = process.env.BENCH_LIGHTHOUSE_SAVE;

// The same Chromium flags as the browser tests, plus Lighthouse's own headless mode.
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

interface Target {
  name: string;
  url: string;
  /** A session cookie the browser holds, as a signed-in citizen's does. */
  cookie?: string;
}

interface Sample {
  performance: number;
  accessibility: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  bytes: number;
  failures: string[];
}

function loadAverage(): string {
  return os.loadavg().map((n) => n.toFixed(2)).join(', ');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

let saved = 0;
function saveReport(target: Target, report: string | string[]): void {
  mkdirSync(SAVE_DIR!, { recursive: true });
  const slug = target.name.startsWith('GOV.UK') ? 'govuk' : new URL(target.url).pathname.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'root';
  const file = path.join(SAVE_DIR!, `${String(++saved).padStart(3, '0')}-${target.cookie ? 'signed-in-' : ''}${slug}.json`);
  writeFileSync(file, Array.isArray(report) ? report[0] : report);
}

/** A sample, or why Lighthouse had none (NO_NAVSTART, NO_FCP: frequent on a loaded machine). */
async function measure(port: number, target: Target): Promise<Sample | string> {
  const result = await lighthouse(
    target.url,
    { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
    // Every round a fresh device: nothing stored (cookies stay, so a session stays signed in).
    { extends: 'lighthouse:default', settings: { formFactor: 'mobile', clearStorageTypes: [...FRESH_DEVICE] } },
  );
  if (!result) throw new Error(`no result for ${target.url}`);
  const { lhr } = result;
  if (SAVE_DIR) saveReport(target, result.report);
  // A failed run's NaN would sort anywhere and make every median meaningless: left out, and said so.
  if (lhr.runtimeError) return lhr.runtimeError.code;
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const a11y = lhr.categories.accessibility;
  const failures = a11y.auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a.score !== null && a.score < 1)
    .map((a) => `${a.id}: ${a.title}`);
  return {
    performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
    accessibility: Math.round((a11y.score ?? 0) * 100),
    lcpMs: audit('largest-contentful-paint'),
    cls: audit('cumulative-layout-shift'),
    tbtMs: audit('total-blocking-time'),
    bytes: audit('total-byte-weight'),
    failures,
  };
}

/** A citizen with a Sperrmüllkarte draft: its first question, as the citizen opens it. */
async function signedInQuestion(portalUrl: string): Promise<Target> {
  const citizen = new ApiClient(portalUrl);
  await citizen.register('Lena Leuchtturm');
  const draft = sperrmuellDraft({ answers: {} as never });
  const pushed = await citizen.push([{ assumedMasterState: null, newDocumentState: draft }]);
  if (pushed.status !== 200) throw new Error(`draft not stored: ${pushed.status}`);
  return { name: 'Frage, angemeldet', url: `${portalUrl}/sperrmuellkarte/${draft.id}/gegenstaende`, cookie: citizen.cookieHeader };
}

/**
 * Gives the browser the cookies of the page measured next: the session cookie in its cookie jar
 * for the signed-in page (as an extra request header, the page's own requests would carry only the
 * jar's cookies, the session check would say "nobody", and Lighthouse would measure the way to the
 * login page), none at all for the public pages. Kept for every page, the one session made every
 * public page a signed-in citizen's (RxDB, sync stream, a header re-rendered for the person).
 */
async function cookieJar(port: number): Promise<{ holdFor(target: Target): Promise<void>; close(): Promise<void> }> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0];
  return {
    async holdFor(target) {
      await context.clearCookies();
      if (!target.cookie) return;
      const [name, ...value] = target.cookie.split('=');
      await context.addCookies([{ name, value: value.join('='), url: new URL(target.url).origin }]);
    },
    close: () => browser.close(),
  };
}

async function main(): Promise<void> {
  const server = await startServerProcess();
  const govuk = await serveGovukPage();
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  const govukVersion = (await import('govuk-frontend/package.json', { with: { type: 'json' } })).default.version;
  const targets: Target[] = [
    { name: `GOV.UK-Frageseite (govuk-frontend ${govukVersion}, gzip)`, url: `${govuk.url}/` },
    ...PORTAL_PAGES.map((p) => ({ name: p.name, url: server.url + p.path })),
    await signedInQuestion(server.url),
  ];
  const jar = await cookieJar(chrome.port);
  const samples = new Map<Target, Sample[]>(targets.map((t) => [t, []]));
  try {
    const version = (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version;
    console.log(`Lighthouse ${version}, mobile (simulated throttling), ${RUNS} rounds of ${targets.length} pages, order alternating`);
    // The machine may be shared: the load says how far the figures are upper bounds.
    console.log(`  load average at start: ${loadAverage()}`);
    for (let round = 0; round < RUNS; round++) {
      const order = round % 2 === 0 ? targets : [...targets].reverse();
      for (const target of order) {
        await jar.holdFor(target);
        const sample = await measure(chrome.port, target);
        if (typeof sample === 'string') {
          console.log(`  round ${round + 1}: ${target.name}: no figures (Lighthouse: ${sample}), left out of the medians`);
          continue;
        }
        samples.get(target)!.push(sample);
        console.log(`  round ${round + 1}: ${target.name}: perf ${sample.performance}, LCP ${Math.round(sample.lcpMs)} ms, TBT ${Math.round(sample.tbtMs)} ms, CLS ${sample.cls.toFixed(3)}`);
      }
    }
  } finally {
    await jar.close().catch(() => undefined);
    await chrome.kill();
    await govuk.stop();
    await server.stop();
  }

  console.log(`  load average at end: ${loadAverage()}`);
  const govukLcp = median(samples.get(targets[0])!.map((s) => s.lcpMs));
  // TBT beside the score: on a loaded machine a task's wall time, multiplied by Lighthouse's 4×
  // phone, is most of what separates a page from the GOV.UK page (whose script runs before its paint).
  console.log('\n  Mediane            perf   LCP ms   × GOV.UK   TBT ms   CLS     KB    a11y  Seite');
  for (const target of targets) {
    const list = samples.get(target)!;
    const lcp = median(list.map((s) => s.lcpMs));
    console.log(
      `  ${String(median(list.map((s) => s.performance))).padStart(22)} ${String(Math.round(lcp)).padStart(8)} ${(lcp / govukLcp).toFixed(2).padStart(9)}× ` +
        `${String(Math.round(median(list.map((s) => s.tbtMs)))).padStart(8)} ` +
        `${median(list.map((s) => s.cls)).toFixed(3).padStart(6)} ${(median(list.map((s) => s.bytes)) / 1024).toFixed(0).padStart(6)} ` +
        `${String(median(list.map((s) => s.accessibility))).padStart(6)}  ${target.name}${target.url.startsWith(govuk.url) || target.name === new URL(target.url).pathname ? '' : ` (${new URL(target.url).pathname})`}`,
    );
    for (const failure of new Set(list.flatMap((s) => s.failures))) console.log(`         ✗ ${failure}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
