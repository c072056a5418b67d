import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { LANGUAGE_STORAGE_KEY, LANGUAGES } from '../client/i18n/languages';
import { TEXT_200_CSS, TEXT_SPACING_CSS, motionProblems, widthDependentStyles } from './support/layout-checks';
import { makeMatrixFixtures, resolvePath, type MatrixFixtures } from './support/matrix-fixtures';
import { SCHEMES, VIEWPORTS, walkFile, type Problem, type Scheme, type Viewport, type WalkResult } from './support/matrix-summary';
import { goOffline, goOnline } from './support/network';
import { checkMode, type ModeResult } from './support/page-checks';
import { SCREENS, statesOf, type Screen, type ScreenState, type Who } from './screens';

/**
 * The accessibility matrix: every screen state of the inventory × every language × viewport ×
 * colour scheme. One test per language (the six run spread over the workers) walks its screens
 * by client-side navigation, as people move through the app, in one browser context per visitor.
 * Each screen state is reached once and then checked at both viewports (the page is resized) and
 * in all three colour schemes (switched with `emulateMedia`).
 *
 * Each check runs where its outcome can differ, and nowhere it cannot. The portal's CSS has no
 * width media queries and no script reads the width, so between the viewports only the flow of
 * the layout differs, and between the schemes only colours:
 * - axe's markup and ARIA rules: once per state and language (320 px, light);
 * - axe's colour rules: in every scheme, at 320 px (`widthDependentStyles` guards the premise);
 * - focus visible and focused-text contrast (colours): in every scheme at 320 px; focus not
 *   obscured (layout): at both viewports (at 1280 px in whichever scheme the page is in);
 * - reflow (1.4.10) at 320 px; nothing clipped, target size, text spacing (1.4.12) at both
 *   viewports; 200 % text (1.4.4) at 1280 px; axe's target-size and scrollable-region rules at both;
 * - reduced motion: once per screen, in the first language (it comes from the style sheets,
 *   which no language changes).
 * The checks of one mode run in one round trip to the page (support/page-checks.ts). A state's
 * checks start in the scheme and at the width the previous state's ended in (three switches per
 * state instead of five: each costs a style recalculation and a layout).
 * All problems are collected, so one run lists every violation. The run's record goes to
 * `test-results/` (support/matrix-summary.ts); `npm run a11y:summary` makes it the reviewed
 * summary the accessibility statement reads.
 */

/** The rules whose outcome depends on colours; axe tags them with the WCAG tags (support/axe.ts). */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
/** The rules whose outcome depends on the layout: checked again at the wide viewport. */
const LAYOUT_RULES = ['target-size', 'scrollable-region-focusable'];

let problems: Problem[] = [];
let combinations = 0;
let fixtures: MatrixFixtures | undefined;
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

// The languages are independent walks: let both workers take them (each has its own portal).
test.describe.configure({ mode: 'parallel' });

// In parallel mode every test runs the hook for itself; the walks only read, so the languages a
// worker walks share the fixtures made on its portal once (a replaced worker makes new ones).
test.beforeAll(async () => {
  fixtures ??= await timed('fixtures', () => makeMatrixFixtures());
});

test.afterAll(() => {
  if (process.env.A11Y_MATRIX_PROFILE) console.log('a11y matrix time per phase (s)', spent);
});

async function openAs(browser: Browser, who: Who, language: string, viewport: Viewport): Promise<{ context: BrowserContext; page: Page }> {
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
    const [name, value] = fixtures!.sessions[who].split('=');
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
  // Without a mark of its own, a screen is there when the heading is no longer the previous
  // screen's. A screen whose heading may stay (the same page with other data) names its mark,
  // instead of waiting out the time limit here.
  await page
    .waitForFunction(
      ({ prev, own }) => {
        const h1 = document.querySelector('main h1');
        return h1 && (own || h1.textContent !== prev) && !document.querySelector('main .loading');
      },
      { prev: previousHeading, own: Boolean(screen.ready) },
      { timeout: 2_000 },
    )
    .catch(() => undefined);
  // Lazy texts and data settle within a frame or two after the heading.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return (await page.locator('main h1').first().textContent()) ?? '';
}

async function setScheme(page: Page, scheme: Scheme): Promise<void> {
  await page.emulateMedia({
    colorScheme: scheme === 'dark' ? 'dark' : 'light',
    forcedColors: scheme === 'forced-colors' ? 'active' : 'none',
  });
}

/**
 * Where the page is: its colour scheme and whether it is at the wide viewport. Each switch costs
 * a style recalculation and a layout, so a state's checks start in the mode the previous state's
 * ended in (a new page starts light and narrow) instead of going back to light and 320 px.
 */
interface PageMode {
  scheme: Scheme;
  wide: boolean;
}

/** Checks one state in every mode, starting where the page is; `mode` is updated to where it ends. */
async function checkState(page: Page, mode: PageMode, screen: Screen, state: ScreenState, language: string, firstState: boolean): Promise<void> {
  const [narrow, wide] = VIEWPORTS;
  const report = (viewport: Viewport, scheme: Problem['scheme'], rule: string, details: string[]) => {
    for (const detail of details) problems.push({ screen: screen.id, state, language, viewport: viewport.name, scheme, rule, detail });
  };
  const reportAxe = (viewport: Viewport, scheme: Scheme, violations: ModeResult['axe']) => {
    for (const v of violations) report(viewport, scheme, `axe:${v.id}`, [v.detail]);
  };
  const setWide = (on: boolean) =>
    timed('switch', async () => {
      const viewport = on ? wide : narrow;
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      mode.wide = on;
    });
  // The same state, wide: what the layout decides (the scheme changes only colours, so this runs
  // in whichever scheme the page is in). Wide, the reflow measure runs under the two stresses
  // (spacing, 200 % text, 1.4.4), which only add to what sticks out or is clipped.
  const checkWide = async () => {
    const forced = mode.scheme === 'forced-colors';
    const result = await timed('check wide', () =>
      checkMode(page, { axe: LAYOUT_RULES, focus: { forced }, target: true, stresses: [TEXT_SPACING_CSS, TEXT_200_CSS] }),
    );
    reportAxe(wide, mode.scheme, result.axe);
    report(wide, mode.scheme, 'focus', result.focus);
    report(wide, 'all', 'target-size', result.target);
    report(wide, 'all', 'text-spacing', result.stresses[0]);
    report(wide, 'all', 'text-200', result.stresses[1]);
  };
  const startedWide = mode.wide;
  if (startedWide) {
    await checkWide();
    await setWide(false);
  }
  // Every scheme at 320 px, the page's current one first.
  for (const scheme of [mode.scheme, ...SCHEMES.filter((s) => s !== mode.scheme)]) {
    if (scheme !== mode.scheme) {
      await timed('switch', () => setScheme(page, scheme));
      mode.scheme = scheme;
    }
    const light = scheme === 'light';
    const forced = scheme === 'forced-colors';
    const result = await timed(`check ${scheme}`, () =>
      checkMode(page, {
        axe: light ? 'wcag' : COLOUR_RULES,
        axeOnlyWithAuthorColours: forced,
        focus: { forced },
        edge: forced,
        // The layout, at 320 px (light; the schemes change only colours): reflow (1.4.10) is
        // defined at 320 px; text spacing (1.4.12) adds to what sticks out or is clipped.
        ...(light ? { reflow: true, target: true, stresses: [TEXT_SPACING_CSS] } : {}),
      }),
    );
    reportAxe(narrow, scheme, result.axe);
    report(narrow, scheme, 'focus', result.focus);
    if (forced) report(narrow, scheme, 'forced-colors-edge', result.edge);
    if (light) {
      report(narrow, 'all', 'reflow', result.reflow);
      report(narrow, 'all', 'target-size', result.target);
      report(narrow, 'all', 'text-spacing', result.stresses[0]);
    }
  }
  // Motion comes from the style sheets, the same for every state of a screen: checked once.
  if (firstState && language === LANGUAGES[0]) await timed('motion', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    report(narrow, 'all', 'reduced-motion', await motionProblems(page));
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  });
  if (!startedWide) {
    await setWide(true);
    await checkWide();
  }
  // Every mode of this state is covered by each check whose outcome can differ there.
  combinations += VIEWPORTS.length * SCHEMES.length;
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

const WHO_ORDER: Who[] = ['anon', 'citizen', 'newCitizen', 'bundidCitizen', 'clerk', 'lead', 'fundbuero', 'treasury', 'admin'];

for (const language of LANGUAGES) {
  // Screens load at the narrow viewport; checkState widens and narrows the loaded page as it goes.
  const viewport = VIEWPORTS[0];
  test(`every screen in ${language} at ${VIEWPORTS.map((v) => `${v.width}×${v.height}`).join(' and ')}, light, dark and forced colours`, async ({ browser }) => {
    test.setTimeout(15 * 60_000);
    const startedAt = Date.now();
    problems = [];
    combinations = 0;
    for (const who of WHO_ORDER) {
      const screens = SCREENS.filter((s) => s.who === who);
      if (!screens.length) continue;
      const { context, page } = await openAs(browser, who, language, viewport);
      const mode: PageMode = { scheme: 'light', wide: false };
      let heading = '';
      let first = true;
      let previousRoute = '';
      for (const screen of screens) {
        const wasFirst = first;
        // A new query on the same route (a filled form of the same page) is no navigation: the
        // app keeps focus where the user is, so the heading check applies only to a new route.
        const newRoute = screen.route !== previousRoute;
        previousRoute = screen.route;
        await timed(first ? 'load' : 'navigate', () => navigate(page, resolvePath(screen.path, fixtures!.values), wasFirst));
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
          for (const rule of await widthDependentStyles(page)) report('width-dependent-styles', `${rule}: colours must then be checked at every viewport`);
          // 2.4.1: the skip link is the first thing Tab reaches.
          await page.keyboard.press('Tab');
          const focused = await page.evaluate(() => document.activeElement?.className ?? '');
          if (focused !== 'skip-link') report('skip-link-first', `first Tab reached "${focused}"`);
          await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        } else if (newRoute && !(await page.evaluate(() => document.activeElement === document.querySelector('main h1')))) {
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
          await checkState(page, mode, screen, state, language, state === screen.data);
        }
        if (statesOf(screen).includes('offline')) await goOnline(context);
      }
      await context.close();
    }
    const file = walkFile(language);
    mkdirSync(dirname(file), { recursive: true });
    const walk: WalkResult = { combinations, problems, seconds: (Date.now() - startedAt) / 1000, finishedAt: new Date().toISOString() };
    writeFileSync(file, JSON.stringify(walk));
    expect(problems.map((p) => `${p.screen} [${p.state}, ${p.scheme}] ${p.rule}: ${p.detail}`)).toEqual([]);
  });
}
