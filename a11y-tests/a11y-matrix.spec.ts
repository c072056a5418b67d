import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { LANGUAGES } from '../client/i18n/languages';
import { TEXT_200_CSS, TEXT_SPACING_CSS, motionProblems, widthDependentStyles } from './support/layout-checks';
import { markupSignatureInPage } from './support/markup-signature';
import { makeMatrixFixtures, resolvePath, type MatrixFixtures } from './support/matrix-fixtures';
import { MATRIX_PARTS } from './support/matrix-parts';
import { SCHEMES, VIEWPORTS, walkFile, type Problem, type Scheme, type Viewport, type WalkResult } from './support/matrix-summary';
import { navigate, openAs, reachState, ready, setScheme } from './support/matrix-walk';
import { goOnline } from './support/network';
import { checkMode, type ModeResult } from './support/page-checks';
import { statesOf, type Screen, type ScreenState } from './screens';

/**
 * The accessibility matrix: every screen state of the inventory × every language × viewport ×
 * colour scheme. The screens are walked by client-side navigation, as people move through the
 * app, in one browser context per visitor and language; the inventory is cut into parts
 * (support/matrix-parts.ts), one test each, which the two workers share. A part walks its
 * screens in every language, German first. Each screen state is reached once per language and
 * checked there at both viewports (the page is resized) and in the schemes it needs (switched
 * with `emulateMedia`).
 *
 * Each check runs once for every combination of the inputs its outcome depends on, and no more:
 * - The markup and the words: axe's markup, name and ARIA rules depend on the elements and on
 *   the texts (an empty label, a missing `lang`), so they run in every language, once per state
 *   (320 px, light): the portal's CSS has no width media queries that hide or show anything.
 * - The layout: reflow (1.4.10, at 320 px), nothing clipped, target size, text spacing (1.4.12)
 *   at both viewports, 200 % text (1.4.4) at 1280 px, focus not obscured and axe's target-size and
 *   scrollable-region rules at both. The layout depends on the viewport, on the length of the
 *   words (a long German or Ukrainian compound overflows at 320 px) and on the direction (Arabic
 *   is laid out from the right): every language, both viewports. The colour scheme does not
 *   change the layout, so these run in light (or in whichever scheme the page is in).
 * - The colours: axe's colour rules, focus visible, focused-text contrast and forced-colours
 *   edges depend on the scheme's style sheets and on which elements there are with which classes,
 *   states and attributes, not on the words in them nor on the viewport (`widthDependentStyles`
 *   guards the latter: no style rule that sets colours depends on the width). In light they run
 *   with the markup rules in every language. Dark and forced colours run at 320 px in German and
 *   then in another language only where its screen state's markup signature
 *   (support/markup-signature.ts: the element tree without its words) differs from every
 *   signature already checked; the signature takes in the language and direction as soon as a
 *   style rule keyed on them sets colours or fonts. So a tr page identical but for its words to
 *   the de page is not checked in dark again (its colours are the de page's); a de-x-easy page
 *   with its pictograms and larger type, or an Arabic page once an RTL rule sets a colour, is.
 * - Reduced motion comes from the style sheets alone: once per screen, in German.
 * - Behaviour (skip link first, focus after navigation): every language, as the walk passes.
 * The checks of one mode run in one round trip to the page (support/page-checks.ts). A state's
 * checks start in the scheme and at the width the previous state's ended in (each switch costs
 * a style recalculation and a layout). All problems are collected, so one run lists every
 * violation. The run's record goes to `test-results/` (support/matrix-summary.ts); `npm run
 * a11y:summary` makes it the reviewed summary the accessibility statement reads.
 */

/** The rules whose outcome depends on colours; axe tags them with the WCAG tags (support/axe.ts). */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
/** The rules whose outcome depends on the layout: checked again at the wide viewport. */
const LAYOUT_RULES = ['target-size', 'scrollable-region-focusable'];

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

// The parts are independent walks: let both workers take them (each has its own portal).
test.describe.configure({ mode: 'parallel' });

// In parallel mode every test runs the hook for itself; the walks only read, so the parts a
// worker walks share the fixtures made on its portal once (a replaced worker makes new ones).
test.beforeAll(async () => {
  fixtures ??= await timed('fixtures', () => makeMatrixFixtures());
});

test.afterAll(() => {
  if (process.env.A11Y_MATRIX_PROFILE) console.log('a11y matrix time per phase (s)', spent);
});

/** What one part's walk has found so far. */
interface Walk {
  problems: Problem[];
  combinations: number;
  /** Dark and forced-colours checks of a state: made, or known from a state with the same signature. */
  colours: { checked: number; known: number };
}

/** Where the page is: a new page starts light and narrow. */
interface PageMode {
  scheme: Scheme;
  wide: boolean;
}

/** Checks one state in every mode it needs, starting where the page is; `mode` is updated to where it ends. */
async function checkState(page: Page, mode: PageMode, walk: Walk, screen: Screen, state: ScreenState, language: string, firstState: boolean, colours: boolean): Promise<void> {
  const [narrow, wide] = VIEWPORTS;
  const report = (viewport: Viewport, scheme: Problem['scheme'], rule: string, details: string[]) => {
    for (const detail of details) walk.problems.push({ screen: screen.id, state, language, viewport: viewport.name, scheme, rule, detail });
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
  // At 320 px: light always (markup, words and layout), dark and forced colours where needed;
  // the page's current scheme first.
  const schemes: Scheme[] = colours ? [...SCHEMES] : ['light'];
  for (const scheme of [...schemes.filter((s) => s === mode.scheme), ...schemes.filter((s) => s !== mode.scheme)]) {
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
  walk.combinations += VIEWPORTS.length * SCHEMES.length;
  walk.colours[colours ? 'checked' : 'known'] += SCHEMES.length - 1;
}

/** Walks the part's screens in one language; `signatures` holds the states whose colours were checked. */
async function walkLanguage(browser: Parameters<typeof openAs>[0], screens: readonly Screen[], language: string, walk: Walk, signatures: Set<string>): Promise<void> {
  // Screens load at the narrow viewport; checkState widens and narrows the loaded page as it goes.
  const viewport = VIEWPORTS[0];
  for (const who of [...new Set(screens.map((s) => s.who))]) {
    const { context, page } = await openAs(browser, test.info().project.use.baseURL, fixtures!, who, language, viewport);
    const mode: PageMode = { scheme: 'light', wide: false };
    let heading = '';
    let first = true;
    let previousRoute = '';
    for (const screen of screens.filter((s) => s.who === who)) {
      const wasFirst = first;
      // A new query on the same route (a filled form of the same page) is no navigation: the
      // app keeps focus where the user is, so the heading check applies only to a new route.
      const newRoute = screen.route !== previousRoute;
      previousRoute = screen.route;
      const report = (state: string, rule: string, detail: string) =>
        walk.problems.push({ screen: screen.id, state, language, viewport: viewport.name, scheme: 'all', rule, detail });
      await timed(first ? 'load' : 'navigate', () => navigate(page, resolvePath(screen.path, fixtures!.values), wasFirst));
      first = false;
      try {
        heading = await timed('ready', () => ready(page, screen, heading));
      } catch (error) {
        report(screen.data, 'unreachable', String(error).slice(0, 300));
        continue;
      }
      if (wasFirst) {
        for (const rule of await widthDependentStyles(page)) report(screen.data, 'width-dependent-styles', `${rule}: colours must then be checked at every viewport`);
        // 2.4.1: the skip link is the first thing Tab reaches.
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => document.activeElement?.className ?? '');
        if (focused !== 'skip-link') report(screen.data, 'skip-link-first', `first Tab reached "${focused}"`);
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      } else if (newRoute && !(await page.evaluate(() => document.activeElement === document.querySelector('main h1')))) {
        // After a client-side navigation, focus is on the new page's heading (screen readers start there).
        report(screen.data, 'focus-after-navigation', `focus on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))}`);
      }
      // Keyboard modality, so :focus-visible styles apply during the focus walk.
      await page.keyboard.press('Shift');
      for (const state of statesOf(screen)) {
        try {
          await timed('reach state', () => reachState(page, context, screen, state));
        } catch (error) {
          report(state, 'unreachable', String(error).slice(0, 300));
          continue;
        }
        const signature = `${screen.id}|${state}|${await timed('signature', () => page.evaluate(markupSignatureInPage))}`;
        const colours = !signatures.has(signature);
        signatures.add(signature);
        await checkState(page, mode, walk, screen, state, language, state === screen.data, colours);
      }
      if (statesOf(screen).includes('offline')) await goOnline(context);
    }
    await context.close();
  }
}

for (const part of MATRIX_PARTS) {
  if (!part.screens.length) continue;
  test(`${part.title}: every screen in ${LANGUAGES.join(', ')} at ${VIEWPORTS.map((v) => `${v.width}×${v.height}`).join(' and ')}, light, dark and forced colours`, async ({ browser }) => {
    test.setTimeout(15 * 60_000);
    const walk: Walk = { problems: [], combinations: 0, colours: { checked: 0, known: 0 } };
    const signatures = new Set<string>();
    const secondsByLanguage: Record<string, number> = {};
    for (const language of LANGUAGES) {
      const startedAt = Date.now();
      await walkLanguage(browser, part.screens, language, walk, signatures);
      secondsByLanguage[language] = (Date.now() - startedAt) / 1000;
    }
    const file = walkFile(part.id);
    mkdirSync(dirname(file), { recursive: true });
    const seconds = Object.values(secondsByLanguage).reduce((a, b) => a + b, 0);
    const result: WalkResult = { ...walk, seconds, secondsByLanguage, finishedAt: new Date().toISOString() };
    writeFileSync(file, JSON.stringify(result));
    console.log(`a11y matrix, ${part.id}: ${walk.combinations} combinations in ${Math.round(seconds)} s ${JSON.stringify(secondsByLanguage)}, dark/forced checks made ${walk.colours.checked}, known from an equal signature ${walk.colours.known}`);
    expect(walk.problems.map((p) => `${p.screen} [${p.language}, ${p.state}, ${p.viewport}, ${p.scheme}] ${p.rule}: ${p.detail}`)).toEqual([]);
  });
}
