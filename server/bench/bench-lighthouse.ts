/**
 * `npm run bench:lighthouse`: the Lighthouse 12.2.3 accessibility score of the portal's main pages,
 * printed with every failing audit, never asserted (axe in the browser tests is the gate; this is
 * the figure for the closing note). Needs `npm run build`; builds nothing itself. Starts the
 * portal as its own process on a fresh data directory and a free port, and Debian's Chromium
 * through chrome-launcher (never a downloaded browser). `BENCH_LIGHTHOUSE_PAGES` (comma-separated
 * paths) replaces the list of pages.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../../a11y-tests/playwright.config';
import { startServerProcess } from './start-server-process';

const PAGES: readonly { path: string; name: string }[] = process.env.BENCH_LIGHTHOUSE_PAGES
  ? process.env.BENCH_LIGHTHOUSE_PAGES.split(',').map((p) => ({ path: p.trim(), name: p.trim() }))
  : [
      { path: '/', name: 'Startseite' },
      { path: '/leichte-sprache', name: 'Leichte Sprache (Start)' },
      { path: '/sperrmuellkarte', name: 'Startseite einer Leistung (Sperrmüllkarte)' },
      { path: '/anmelden', name: 'Anmelden' },
      { path: '/barrierefreiheit', name: 'Erklärung zur Barrierefreiheit' },
      { path: '/barriere-melden', name: 'Barriere melden (Start)' },
      { path: '/gebaerdensprache', name: 'Gebärdensprache' },
      { path: '/abfallkalender', name: 'Abfallkalender' },
      { path: '/fundsachen', name: 'Fundsachen' },
    ];

// The same Chromium flags as the browser tests, plus Lighthouse's own headless mode.
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

interface Failure {
  id: string;
  title: string;
  items: string[];
}

async function main(): Promise<void> {
  const server = await startServerProcess();
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  const rows: { name: string; path: string; score: number | null; failures: Failure[] }[] = [];
  try {
    console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, accessibility only, ${server.url}`);
    for (const page of PAGES) {
      const result = await lighthouse(
        server.url + page.path,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['accessibility'] },
        // Only accessibility is measured, so no network or CPU throttling is simulated.
        { extends: 'lighthouse:default', settings: { throttlingMethod: 'provided', formFactor: 'mobile' } },
      );
      if (!result) throw new Error(`no result for ${page.path}`);
      const lhr = result.lhr;
      const category = lhr.categories.accessibility;
      const failures: Failure[] = category.auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((a) => a.score !== null && a.score < 1)
        .map((a) => {
          const details = a.details as { items?: { node?: { selector?: string; snippet?: string } }[] } | undefined;
          return {
            id: a.id,
            title: a.title,
            items: (details?.items ?? []).slice(0, 5).map((i) => i.node?.selector ?? i.node?.snippet ?? JSON.stringify(i).slice(0, 120)),
          };
        });
      rows.push({ name: page.name, path: page.path, score: category.score, failures });
      const score = category.score === null ? '–' : String(Math.round(category.score * 100));
      // A score says little without how many audits applied (an empty page passes everything).
      const refs = category.auditRefs.map((ref) => lhr.audits[ref.id]);
      const passed = refs.filter((a) => a.score === 1).length;
      const notApplicable = refs.filter((a) => a.scoreDisplayMode === 'notApplicable').length;
      console.log(`  ${score.padStart(3)}  ${page.path}  (${page.name}; ${passed} audits passed, ${notApplicable} not applicable, final URL ${lhr.finalDisplayedUrl.replace(server.url, '')})`);
      for (const f of failures) {
        console.log(`       ✗ ${f.id}: ${f.title}`);
        for (const item of f.items) console.log(`           ${item}`);
      }
    }
  } finally {
    await chrome.kill();
    await server.stop();
  }
  const scores = rows.map((r) => r.score).filter((s): s is number => s !== null);
  if (scores.length) {
    const min = Math.min(...scores) * 100;
    const mean = (scores.reduce((a, b) => a + b, 0) / scores.length) * 100;
    console.log(`\n  pages: ${rows.length}, lowest ${Math.round(min)}, mean ${mean.toFixed(1)}, failing audits: ${rows.reduce((n, r) => n + r.failures.length, 0)}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
