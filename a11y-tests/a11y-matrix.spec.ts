import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { LANGUAGES } from '../client/i18n/languages';
import { INTERACTIVE, motionProblems, widthDependentStyles } from './support/layout-checks';
import { markupSignatureInPage } from './support/markup-signature';
import { checkNarrow, checkWide, setWide, type PageMode, type Report } from './support/matrix-checks';
import { makeMatrixFixtures, resolvePath, type MatrixFixtures } from './support/matrix-fixtures';
import { MATRIX_PARTS } from './support/matrix-parts';
import { SCHEMES, VIEWPORTS, walkFile, type Problem, type WalkResult } from './support/matrix-summary';
import { leave, navigate, openAs, reachState, ready, skipLinkFirstInPage, switchLanguage } from './support/matrix-walk';
import { goOnline } from './support/network';
import { statesOf, type Screen, type ScreenState } from './screens';

/**
 * The accessibility matrix: every screen state of the inventory × every language × viewport ×
 * colour scheme. The screens are walked by client-side navigation, as people move through the
 * app, in one browser context per visitor; the inventory is cut into parts
 * (support/matrix-parts.ts), one test each, which the two workers share. Each screen is loaded
 * once and each of its states reached once; the state is then checked in every language,
 * switched in place with the header's language switch as a visitor does (a failed submit whose
 * summary a switch cleared is made again), at both viewports (resized) and in the schemes it
 * needs (`emulateMedia`).
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
 *   with the markup rules in every language. Dark and forced colours run at 320 px in the first
 *   language a state is checked in and then in another language only where its markup signature
 *   (support/markup-signature.ts: the element tree without its words) differs from every
 *   signature already checked; the signature takes in the language and direction as soon as a
 *   style rule keyed on them sets colours or fonts. So a tr page identical but for its words to
 *   the de page is not checked in dark again (its colours are the de page's); a de-x-easy page
 *   with its pictograms and larger type, or an Arabic page once an RTL rule sets a colour, is.
 * - Reduced motion comes from the style sheets alone: once per screen, in German.
 * - Behaviour: the skip link is the first tab stop in every language on every screen (read from
 *   the document), and the first Tab of each visitor's loaded page reaches it; focus moves to the
 *   heading after each navigation, in the language the walk is in then (it moves back by one
 *   language per state, so every language navigates).
 * The checks of one mode run in one round trip to the page (support/page-checks.ts). A state's
 * checks start in the scheme, width and language the previous state's ended in (each switch
 * costs a style recalculation and a layout). All problems are collected, so one run lists every
 * violation. The run's record goes to `test-results/` (support/matrix-summary.ts); `npm run
 * a11y:summary` makes it the reviewed summary the accessibility statement reads.
 */

let fixtures: MatrixFixtures | undefined;
/**
 * Seconds spent per phase and how often each ran, printed at the end (A11Y_MATRIX_PROFILE=1), to
 * keep the run short: the counts do not depend on the machine's load.
 */
const spent: Record<string, number> = {};
const runs: Record<string, number> = {};
async function timed<T>(phase: string, work: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  try {
    return await work();
  } finally {
    spent[phase] = (spent[phase] ?? 0) + (Date.now() - t0) / 1000;
    runs[phase] = (runs[phase] ?? 0) + 1;
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
  if (process.env.A11Y_MATRIX_PROFILE) console.log('a11y matrix time per phase (s)', spent, 'times run', runs);
});

/** What one part's walk has found so far. */
interface Walk {
  problems: Problem[];
  combinations: number;
  /** Dark and forced-colours checks of a state: made, or known from a state with the same signature. */
  colours: { checked: number; known: number };
  secondsByLanguage: Record<string, number>;
  /** Screens whose readiness was only waited out (support/matrix-walk.ts `ready`): each wants a mark of its own. */
  waitedOut: string[];
}

/** Seconds of the walk spent in each language (checks and switching into it). */
async function inLanguageTime<T>(walk: Walk, language: string, work: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  try {
    return await work();
  } finally {
    walk.secondsByLanguage[language] = (walk.secondsByLanguage[language] ?? 0) + (Date.now() - t0) / 1000;
  }
}

/**
 * Checks one state in every language and mode. The languages are switched in place (a switch
 * costs a render of the whole app, a resize only a layout): each language is checked at the
 * width the page is at, then at the other, and the next language starts at that one. The state
 * ends in the language before its first, so the next state, and the next screen's navigation,
 * start in another language each time.
 */
async function checkStateEverywhere(page: Page, context: BrowserContext, mode: PageMode, walk: Walk, signatures: Set<string>, screen: Screen, state: ScreenState, firstState: boolean): Promise<void> {
  for (const language of [mode.language, ...LANGUAGES.filter((l) => l !== mode.language)]) {
    const report: Report = (viewport, scheme, rule, details) => {
      for (const detail of details) walk.problems.push({ screen: screen.id, state, language, viewport: viewport.name, scheme, rule, detail });
    };
    await inLanguageTime(walk, language, async () => {
      try {
        await timed('switch language', () => inLanguage(page, context, mode, screen, state, language));
      } catch (error) {
        report(VIEWPORTS[mode.wide ? 1 : 0], 'all', 'unreachable', [String(error).slice(0, 300)]);
        return;
      }
      for (const wide of mode.wide ? [true, false] : [false, true]) {
        if (wide !== mode.wide) await timed('switch width', () => setWide(page, mode, wide));
        if (wide) {
          await checkWide(page, mode, report, timed);
          continue;
        }
        const signature = `${screen.id}|${state}|${await timed('signature', () => page.evaluate(markupSignatureInPage))}`;
        const colours = !signatures.has(signature);
        signatures.add(signature);
        await checkNarrow(page, mode, report, timed, colours);
        if (firstState) {
          const skip = await page.evaluate(skipLinkFirstInPage, INTERACTIVE);
          if (skip) report(VIEWPORTS[0], 'all', 'skip-link-first', [skip]);
        }
        // Motion comes from the style sheets, the same for every state of a screen: checked once.
        if (firstState && language === LANGUAGES[0]) {
          await timed('motion', async () => {
            await page.emulateMedia({ reducedMotion: 'reduce' });
            report(VIEWPORTS[0], 'all', 'reduced-motion', await motionProblems(page));
            await page.emulateMedia({ reducedMotion: 'no-preference' });
          });
        }
        // Every mode of this state is covered by each check whose outcome can differ there.
        walk.combinations += VIEWPORTS.length * SCHEMES.length;
        walk.colours[colours ? 'checked' : 'known'] += SCHEMES.length - 1;
      }
    });
  }
}

/** Puts the page in `language`, the state still there (a failed submit is made again if a switch cleared it). */
async function inLanguage(page: Page, context: BrowserContext, mode: PageMode, screen: Screen, state: ScreenState, language: string): Promise<void> {
  if (mode.language !== language) {
    await switchLanguage(page, language, LANGUAGES.indexOf(language as (typeof LANGUAGES)[number]));
    mode.language = language;
  }
  if (state === 'errors' && !(await page.locator('.error-summary').isVisible())) await reachState(page, context, screen, state);
}

/** Walks one visitor's screens of the part, each loaded once and checked in every language. */
async function walkVisitor(browser: Browser, screens: readonly Screen[], walk: Walk, signatures: Set<string>): Promise<void> {
  const who = screens[0]!.who;
  const { context, page } = await timed('load', () => openAs(browser, test.info().project.use.baseURL, fixtures!, who, LANGUAGES[0], VIEWPORTS[0]));
  const mode: PageMode = { scheme: 'light', wide: false, language: LANGUAGES[0] };
  let first = true;
  let previousRoute = '';
  for (const screen of screens) {
    const wasFirst = first;
    // A new query on the same route (a filled form of the same page) is no navigation: the
    // app keeps focus where the user is, so the heading check applies only to a new route.
    const newRoute = screen.route !== previousRoute;
    previousRoute = screen.route;
    const language = mode.language;
    const report = (state: string, rule: string, detail: string) =>
      walk.problems.push({ screen: screen.id, state, language, viewport: VIEWPORTS[mode.wide ? 1 : 0].name, scheme: 'all', rule, detail });
    if (!wasFirst) await leave(page);
    await timed(first ? 'load' : 'navigate', () => navigate(page, resolvePath(screen.path, fixtures!.values), wasFirst));
    first = false;
    try {
      const { waitedOut } = await timed('ready', () => ready(page, screen));
      if (waitedOut) walk.waitedOut.push(screen.id);
    } catch (error) {
      report(screen.data, 'unreachable', String(error).slice(0, 300));
      continue;
    }
    if (wasFirst) {
      for (const rule of await widthDependentStyles(page)) report(screen.data, 'width-dependent-styles', `${rule}: colours must then be checked at every viewport`);
      // 2.4.1: the skip link is the first thing Tab reaches (from the top of a loaded page).
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
      await checkStateEverywhere(page, context, mode, walk, signatures, screen, state, state === screen.data);
    }
    if (statesOf(screen).includes('offline')) await goOnline(context);
  }
  await context.close();
}

for (const part of MATRIX_PARTS) {
  if (!part.screens.length) continue;
  test(`${part.title}: every screen in ${LANGUAGES.join(', ')} at ${VIEWPORTS.map((v) => `${v.width}×${v.height}`).join(' and ')}, light, dark and forced colours`, async ({ browser }) => {
    test.setTimeout(15 * 60_000);
    const walk: Walk = { problems: [], combinations: 0, colours: { checked: 0, known: 0 }, secondsByLanguage: {}, waitedOut: [] };
    const signatures = new Set<string>();
    const startedAt = Date.now();
    for (const who of [...new Set(part.screens.map((s) => s.who))]) {
      await walkVisitor(browser, part.screens.filter((s) => s.who === who), walk, signatures);
    }
    const seconds = (Date.now() - startedAt) / 1000;
    const secondsByLanguage = Object.fromEntries(LANGUAGES.map((l) => [l, Math.round(walk.secondsByLanguage[l] ?? 0)]));
    const file = walkFile(part.id);
    mkdirSync(dirname(file), { recursive: true });
    const result: WalkResult = { problems: walk.problems, combinations: walk.combinations, colours: walk.colours, seconds, secondsByLanguage, finishedAt: new Date().toISOString() };
    writeFileSync(file, JSON.stringify(result));
    console.log(`a11y matrix, ${part.id}: ${walk.combinations} combinations in ${Math.round(seconds)} s ${JSON.stringify(secondsByLanguage)}, dark/forced checks made ${walk.colours.checked}, known from an equal signature ${walk.colours.known}, readiness waited out on ${walk.waitedOut.length} screens ${JSON.stringify(walk.waitedOut)}`);
    expect(walk.problems.map((p) => `${p.screen} [${p.language}, ${p.state}, ${p.viewport}, ${p.scheme}] ${p.rule}: ${p.detail}`)).toEqual([]);
  });
}
