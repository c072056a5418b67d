import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES } from '../../client/i18n/languages';
import { SCREENS, statesOf } from '../screens';
import { MATRIX_PARTS } from './matrix-parts';

/**
 * What a run of the accessibility matrix records, and the reviewed summary made from it.
 *
 * A run writes one walk file per part of the matrix (support/matrix-parts.ts) under `test-results/a11y-matrix/` (ignored by git;
 * Playwright empties that folder at the start of every run, so the files are from one run) and,
 * when every part was walked, `test-results/a11y-summary.json`. The committed
 * `a11y-tests/results/a11y-summary.json` — which the accessibility statement reads at build
 * time — only changes by `npm run a11y:summary`, so `npm test` leaves the tree clean and a
 * changed summary is a reviewed commit, not a side effect.
 */

export const VIEWPORTS = [
  { name: '320', width: 320, height: 640 },
  { name: '1280', width: 1280, height: 800 },
] as const;
export type Viewport = (typeof VIEWPORTS)[number];
export const SCHEMES = ['light', 'dark', 'forced-colors'] as const;
export type Scheme = (typeof SCHEMES)[number];

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const RUN_DIR = join(ROOT, 'test-results', 'a11y-matrix');
export const RUN_SUMMARY_FILE = join(ROOT, 'test-results', 'a11y-summary.json');
export const COMMITTED_SUMMARY_FILE = join(ROOT, 'a11y-tests', 'results', 'a11y-summary.json');

export interface Problem {
  screen: string;
  state: string;
  language: string;
  viewport: string;
  scheme: Scheme | 'all';
  rule: string;
  detail: string;
}

/** What one walk (one part of the screens, every language, both viewports, all schemes) found. */
export interface WalkResult {
  combinations: number;
  problems: Problem[];
  seconds: number;
  secondsByLanguage: Record<string, number>;
  /** Dark and forced-colours checks of a state: made, or known from an equal markup signature. */
  colours: { checked: number; known: number };
  /** ISO time the walk ended. */
  finishedAt: string;
}

export const walkFile = (part: string) => join(RUN_DIR, `${part}.json`);

/** The run's summary when every part was walked in this run; null for a partial run. */
export function runSummary(): Record<string, unknown> | null {
  const files = MATRIX_PARTS.filter((p) => p.screens.length).map((p) => walkFile(p.id));
  if (!files.every((f) => existsSync(f))) return null;
  const walks = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as WalkResult);
  const all = walks.flatMap((w) => w.problems);
  const byRule: Record<string, number> = {};
  for (const p of all) byRule[p.rule] = (byRule[p.rule] ?? 0) + 1;
  return {
    checkedAt: walks.map((w) => w.finishedAt).sort().at(-1),
    screens: SCREENS.length,
    screenStates: SCREENS.reduce((n, s) => n + statesOf(s).length, 0),
    modes: LANGUAGES.length * VIEWPORTS.length * SCHEMES.length,
    languages: [...LANGUAGES],
    viewports: VIEWPORTS.map((v) => `${v.width}x${v.height}`),
    colourSchemes: [...SCHEMES],
    checks: ['axe WCAG 2.2 A/AA', 'reflow 320', 'nothing clipped', 'target size 24px', 'focus visible', 'focused text contrast', 'focus not obscured', 'text spacing', 'text 200%', 'reduced motion'],
    combinations: walks.reduce((n, w) => n + w.combinations, 0),
    violations: all.length,
    violationsByRule: byRule,
    durationSeconds: Math.round(walks.reduce((n, w) => n + w.seconds, 0)),
    secondsByLanguage: Object.fromEntries(LANGUAGES.map((l) => [l, Math.round(walks.reduce((n, w) => n + (w.secondsByLanguage[l] ?? 0), 0))])),
    darkAndForcedChecks: { made: walks.reduce((n, w) => n + w.colours.checked, 0), knownFromEqualMarkup: walks.reduce((n, w) => n + w.colours.known, 0) },
  };
}

/** Called after the whole Playwright run: writes the run's summary beside the walk files. */
export function writeRunSummary(): void {
  const summary = runSummary();
  if (!summary) return;
  writeFileSync(RUN_SUMMARY_FILE, JSON.stringify(summary, null, 2) + '\n');
  console.log(
    `a11y matrix: ${summary.combinations} combinations, ${summary.violations} problems, ${summary.durationSeconds} s walking ` +
      `(${JSON.stringify(summary.secondsByLanguage)}; dark/forced checks ${JSON.stringify(summary.darkAndForcedChecks)}) — ` +
      'run summary in test-results/a11y-summary.json (npm run a11y:summary takes it into the statement)',
  );
}

/**
 * `npm run a11y:summary`: takes the last complete run's summary into the committed file, keeping
 * the known limitations people wrote there (the statement's "not accessible" list).
 */
export function updateCommittedSummary(): string {
  if (!existsSync(RUN_SUMMARY_FILE)) {
    throw new Error('No complete matrix run in test-results/: run `npx playwright test -c a11y-tests/playwright.config.ts a11y-matrix` first.');
  }
  const run = JSON.parse(readFileSync(RUN_SUMMARY_FILE, 'utf8')) as Record<string, unknown>;
  const committed = existsSync(COMMITTED_SUMMARY_FILE) ? (JSON.parse(readFileSync(COMMITTED_SUMMARY_FILE, 'utf8')) as { knownLimitations?: unknown[] }) : {};
  writeFileSync(COMMITTED_SUMMARY_FILE, JSON.stringify({ ...run, knownLimitations: committed.knownLimitations ?? [] }, null, 2) + '\n');
  return `${COMMITTED_SUMMARY_FILE}: ${run.combinations} combinations, ${run.violations} violations, checked ${run.checkedAt}`;
}
