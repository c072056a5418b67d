import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import axeCore from 'axe-core';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { LANGUAGE_STORAGE_KEY, LANGUAGES } from '../client/i18n/languages';
import { WCAG_TAGS } from './support/axe';
import {
  TEXT_200_CSS,
  TEXT_SPACING_CSS,
  focusProblems,
  forcedColourEdgeProblems,
  layoutProblems,
  motionProblems,
  targetSizeProblems,
  withUserCss,
} from './support/layout-checks';
import { makeMatrixFixtures, resolvePath, type MatrixFixtures } from './support/matrix-fixtures';
import { goOffline, goOnline } from './support/network';
import { SCREENS, statesOf, type Screen, type ScreenState, type Who } from './screens';

/**
 * The accessibility matrix: every screen state of the inventory × every language × viewport ×
 * colour scheme. One browser context per language × viewport × visitor walks its screens by
 * client-side navigation (as people move through the app), and the colour schemes are switched
 * with `emulateMedia` on the loaded page, so a screen is loaded once per language and viewport.
 *
 * Per screen state: axe-core (WCAG 2.2 A/AA tags) in light (markup rules at the first viewport,
 * layout-dependent ones at each); axe's colour rules again in dark and forced colours (the other
 * rules read markup, which the scheme does not change); focus visible
 * and not hidden behind sticky content in all three schemes; reflow, nothing clipped, 24 px
 * targets; text spacing (1.4.12) and, at 1280 px, 200 % text (1.4.4); reduced motion honoured.
 * All problems are collected, so one run lists every violation; `results/a11y-summary.json`
 * records what was checked (the accessibility statement reads it).
 */

const VIEWPORTS = [
  { name: '320', width: 320, height: 640 },
  { name: '1280', width: 1280, height: 800 },
] as const;
const SCHEMES = ['light', 'dark', 'forced-colors'] as const;
type Scheme = (typeof SCHEMES)[number];
/** The rules whose outcome depends on colours; axe tags them with the WCAG tags above. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
/**
 * The rules whose outcome depends on the layout too. All other WCAG rules read markup and ARIA,
 * which no viewport changes here (no markup differs by media query), so they run at the first
 * viewport only and these at every one — that saves a third of the run.
 */
const LAYOUT_RULES = [...COLOUR_RULES, 'target-size', 'scrollable-region-focusable'];
const SUMMARY_FILE = fileURLToPath(new URL('./results/a11y-summary.json', import.meta.url));

interface Problem {
  screen: string;
  state: ScreenState;
  language: string;
  viewport: string;
  scheme: Scheme | 'all';
  rule: string;
  detail: string;
}

/** What one walk (language × viewport) found; kept as a file, so a failed walk loses nothing. */
interface WalkResult {
  combinations: number;
  problems: Problem[];
  seconds: number;
}

let problems: Problem[] = [];
let combinations = 0;
let fixtures: MatrixFixtures;
/** Seconds spent per phase, printed at the end (A11Y_MATRIX_PROFILE=1), to keep the run short. */
const spent: Record<string, number> = {};
async function timed<T>(phase: string, work: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  try {
    return await work();
  } finally {
    spent[phase] = (spent[phase] ?? 0) + (Date.now() - t0) / 1000;
  }
}

// Playwright empties its output folder at the start of every run: walk files are from this run.
const walkFile = (language: string, viewport: string) => join(test.info().project.outputDir, 'a11y-matrix', `${language}-${viewport}.json`);

test.beforeAll(async () => {
  fixtures = await timed('fixtures', () => makeMatrixFixtures());
});

test.afterAll(() => {
  if (process.env.A11Y_MATRIX_PROFILE) console.log('a11y matrix time per phase (s)', spent);
  const files = LANGUAGES.flatMap((l) => VIEWPORTS.map((v) => walkFile(l, v.name)));
  // Only a complete run describes the portal; a filtered run (--grep) leaves the summary alone.
  if (!files.every((f) => existsSync(f))) return;
  const walks = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as WalkResult);
  const all = walks.flatMap((w) => w.problems);
  const byRule: Record<string, number> = {};
  for (const p of all) byRule[p.rule] = (byRule[p.rule] ?? 0) + 1;
  const seconds = Math.round(walks.reduce((n, w) => n + w.seconds, 0));
  const total = walks.reduce((n, w) => n + w.combinations, 0);
  console.log(`a11y matrix: ${walks.length} walks, ${total} combinations, ${all.length} problems, ${seconds} s walking`, byRule);
  const states = SCREENS.reduce((n, s) => n + statesOf(s).length, 0);
  mkdirSync(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
  const summary = {
    checkedAt: new Date().toISOString(),
    screens: SCREENS.length,
    screenStates: states,
    modes: LANGUAGES.length * VIEWPORTS.length * SCHEMES.length,
    languages: [...LANGUAGES],
    viewports: VIEWPORTS.map((v) => `${v.width}x${v.height}`),
    colourSchemes: [...SCHEMES],
    checks: ['axe WCAG 2.2 A/AA', 'reflow 320', 'nothing clipped', 'target size 24px', 'focus visible', 'focused text contrast', 'focus not obscured', 'text spacing', 'text 200%', 'reduced motion'],
    combinations: total,
    violations: all.length,
    violationsByRule: byRule,
    durationSeconds: seconds,
    // Written by people (the statement's "known limitations"): kept from the last summary.
    knownLimitations: existsSync(SUMMARY_FILE) ? ((JSON.parse(readFileSync(SUMMARY_FILE, 'utf8')) as { knownLimitations?: string[] }).knownLimitations ?? []) : [],
  };
  writeFileSync(SUMMARY_FILE, JSON.stringify(summary, null, 2) + '\n');
});

async function openAs(browser: Browser, who: Who, language: string, viewport: (typeof VIEWPORTS)[number]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    viewport: { width: viewport.width, height: viewport.height },
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    // No service worker: every context would install and precache the whole app (~1 MB) first.
    serviceWorkers: 'block',
  });
  await context.addInitScript(([key, lng]) => localStorage.setItem(key, lng), [LANGUAGE_STORAGE_KEY, language] as const);
  if (who !== 'anon') {
    const [name, value] = fixtures.sessions[who].split('=');
    await context.addCookies([{ name, value, domain: '127.0.0.1', path: '/' }]);
  }
  return { context, page: await context.newPage() };
}

/** Moves within the app as a link would (preact-iso follows popstate), keeping the loaded page. */
async function navigate(page: Page, path: string, first: boolean): Promise<void> {
  if (first) {
    await page.goto(path);
  } else {
    await page.evaluate((p) => {
      history.pushState(null, '', p);
      dispatchEvent(new PopStateEvent('popstate'));
    }, path);
  }
}

async function ready(page: Page, screen: Screen, previousHeading: string): Promise<string> {
  await page.locator(screen.ready ?? 'main h1').first().waitFor({ state: 'visible', timeout: 15_000 });
  await page
    .waitForFunction((prev) => {
      const h1 = document.querySelector('main h1');
      return h1 && h1.textContent !== prev && !document.querySelector('main .loading');
    }, previousHeading, { timeout: 2_000 })
    .catch(() => undefined);
  // Lazy texts and data settle within a frame or two after the heading.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return (await page.locator('main h1').first().textContent()) ?? '';
}

async function axe(page: Page, rules?: string[]): Promise<{ id: string; detail: string }[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeCore.source);
  const violations = await page.evaluate(
    async ({ tags, only }) => {
      const w = window as unknown as { axe: typeof import('axe-core') };
      const result = await w.axe.run(document, {
        runOnly: only ? { type: 'rule', values: only } : { type: 'tag', values: tags },
        resultTypes: ['violations'],
        iframes: false,
      });
      return result.violations.map((v) => ({ id: v.id, detail: `${v.help}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(', ')}` }));
    },
    { tags: WCAG_TAGS, only: rules },
  );
  return violations;
}

async function setScheme(page: Page, scheme: Scheme): Promise<void> {
  await page.emulateMedia({
    colorScheme: scheme === 'dark' ? 'dark' : 'light',
    forcedColors: scheme === 'forced-colors' ? 'active' : 'none',
  });
}

async function checkState(page: Page, screen: Screen, state: ScreenState, language: string, viewport: (typeof VIEWPORTS)[number], firstState: boolean): Promise<void> {
  const report = (scheme: Problem['scheme'], rule: string, details: string[]) => {
    for (const detail of details) problems.push({ screen: screen.id, state, language, viewport: viewport.name, scheme, rule, detail });
  };
  for (const scheme of SCHEMES) {
    await setScheme(page, scheme);
    combinations++;
    const rules = scheme !== 'light' ? COLOUR_RULES : viewport === VIEWPORTS[0] ? undefined : LAYOUT_RULES;
    // In forced colours the browser paints every colour from the system palette, except below
    // `forced-color-adjust: none`: only then can an author colour fail contrast there.
    const authorColours = scheme !== 'forced-colors' || (await page.evaluate(() => [...document.querySelectorAll('body *')].some((el) => getComputedStyle(el).forcedColorAdjust === 'none')));
    if (authorColours) for (const v of await timed(`axe ${scheme}`, () => axe(page, rules))) report(scheme, `axe:${v.id}`, [v.detail]);
    report(scheme, 'focus', await timed('focus', () => focusProblems(page, scheme === 'forced-colors')));
    if (scheme === 'forced-colors') report(scheme, 'forced-colors-edge', await forcedColourEdgeProblems(page));
  }
  await setScheme(page, 'light');
  await timed('layout', async () => {
    report('all', 'reflow', await layoutProblems(page));
    report('all', 'target-size', await targetSizeProblems(page));
    report('all', 'text-spacing', await withUserCss(page, TEXT_SPACING_CSS, () => layoutProblems(page)));
    if (viewport.width >= 1280) report('all', 'text-200', await withUserCss(page, TEXT_200_CSS, () => layoutProblems(page)));
  });
  // Motion comes from the style sheets, the same for every state of a screen: checked once.
  if (firstState) await timed('motion', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    report('all', 'reduced-motion', await motionProblems(page));
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  });
}

async function reachState(page: Page, context: BrowserContext, screen: Screen, state: ScreenState): Promise<void> {
  if (state === 'errors') {
    await page.locator(screen.submit ?? 'main button[type="submit"]').first().press('Enter');
    await page.locator('.error-summary').waitFor({ state: 'visible', timeout: 10_000 });
  } else if (state === 'offline') {
    await goOffline(context);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  }
}

const WHO_ORDER: Who[] = ['anon', 'citizen', 'newCitizen', 'clerk', 'lead', 'fundbuero', 'treasury', 'admin'];

for (const language of LANGUAGES) {
  for (const viewport of VIEWPORTS) {
    test(`every screen in ${language} at ${viewport.width}×${viewport.height}, light, dark and forced colours`, async ({ browser }) => {
      test.setTimeout(15 * 60_000);
      const startedAt = Date.now();
      problems = [];
      combinations = 0;
      for (const who of WHO_ORDER) {
        const screens = SCREENS.filter((s) => s.who === who);
        if (!screens.length) continue;
        const { context, page } = await openAs(browser, who, language, viewport);
        let heading = '';
        let first = true;
        for (const screen of screens) {
          const wasFirst = first;
          await timed(first ? 'load' : 'navigate', () => navigate(page, resolvePath(screen.path, fixtures.values), wasFirst));
          first = false;
          try {
            heading = await timed('ready', () => ready(page, screen, heading));
          } catch (error) {
            problems.push({ screen: screen.id, state: screen.data, language, viewport: viewport.name, scheme: 'all', rule: 'unreachable', detail: String(error).slice(0, 300) });
            continue;
          }
          const report = (rule: string, detail: string) =>
            problems.push({ screen: screen.id, state: screen.data, language, viewport: viewport.name, scheme: 'all', rule, detail });
          if (wasFirst) {
            // 2.4.1: the skip link is the first thing Tab reaches.
            await page.keyboard.press('Tab');
            const focused = await page.evaluate(() => document.activeElement?.className ?? '');
            if (focused !== 'skip-link') report('skip-link-first', `first Tab reached "${focused}"`);
            await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
          } else if (!(await page.evaluate(() => document.activeElement === document.querySelector('main h1')))) {
            // After a client-side navigation, focus is on the new page's heading (screen readers start there).
            report('focus-after-navigation', `focus on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))}`);
          }
          // Keyboard modality, so :focus-visible styles apply during the focus walk.
          await page.keyboard.press('Shift');
          for (const state of statesOf(screen)) {
            try {
              await timed('reach state', () => reachState(page, context, screen, state));
            } catch (error) {
              problems.push({ screen: screen.id, state, language, viewport: viewport.name, scheme: 'all', rule: 'unreachable', detail: String(error).slice(0, 300) });
              continue;
            }
            await checkState(page, screen, state, language, viewport, state === screen.data);
          }
          if (statesOf(screen).includes('offline')) await goOnline(context);
        }
        await context.close();
      }
      const file = walkFile(language, viewport.name);
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, JSON.stringify({ combinations, problems, seconds: (Date.now() - startedAt) / 1000 } satisfies WalkResult));
      expect(problems.map((p) => `${p.screen} [${p.state}, ${p.scheme}] ${p.rule}: ${p.detail}`)).toEqual([]);
    });
  }
}
