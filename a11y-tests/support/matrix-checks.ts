import type { Page } from '@playwright/test';
import { TEXT_200_CSS, TEXT_SPACING_CSS } from './layout-checks';
import { SCHEMES, VIEWPORTS, type Problem, type Scheme, type Viewport } from './matrix-summary';
import { setScheme } from './matrix-walk';
import { checkMode, type ModeResult } from './page-checks';

/**
 * The checks of one screen state in one language, at one width: what the matrix runs where
 * (a11y-matrix.spec.ts says why each check runs in the combinations it runs in).
 */

/** The rules whose outcome depends on colours; axe tags them with the WCAG tags (support/axe.ts). */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
/** The rules whose outcome depends on the layout: checked again at the wide viewport. */
const LAYOUT_RULES = ['target-size', 'scrollable-region-focusable'];

/** Where the page is: a new page starts light, narrow and German. */
export interface PageMode {
  scheme: Scheme;
  wide: boolean;
  language: string;
}

/** Where a check's problems go: the state and language are fixed, the viewport and scheme vary. */
export type Report = (viewport: Viewport, scheme: Problem['scheme'], rule: string, details: string[]) => void;

type Timed = <T>(phase: string, work: () => Promise<T>) => Promise<T>;

const reportAxe = (report: Report, viewport: Viewport, scheme: Scheme, violations: ModeResult['axe']) => {
  for (const v of violations) report(viewport, scheme, `axe:${v.id}`, [v.detail]);
};

/**
 * Wide (1280 px): what the layout decides. The scheme changes only colours, so this runs in
 * whichever scheme the page is in; the reflow measure runs under the two stresses (spacing,
 * 200 % text, 1.4.4), which only add to what sticks out or is clipped.
 */
export async function checkWide(page: Page, mode: PageMode, report: Report, timed: Timed): Promise<void> {
  const wide = VIEWPORTS[1];
  const forced = mode.scheme === 'forced-colors';
  const result = await timed('check wide', () => checkMode(page, { axe: LAYOUT_RULES, focus: { forced }, target: true, stresses: [TEXT_SPACING_CSS, TEXT_200_CSS] }));
  reportAxe(report, wide, mode.scheme, result.axe);
  report(wide, mode.scheme, 'focus', result.focus);
  report(wide, 'all', 'target-size', result.target);
  report(wide, 'all', 'text-spacing', result.stresses[0]);
  report(wide, 'all', 'text-200', result.stresses[1]);
}

/**
 * Narrow (320 px): light always (markup, words and layout), dark and forced colours when
 * `colours` (the state's markup signature is new); the page's current scheme first, so a
 * scheme is switched only when a check needs another one, and light last when the page starts
 * in another: most languages need light alone (their markup is known), so a walk that ends here
 * in light switches nothing there (of a run's 768 narrow checks, ~297 need dark and forced).
 */
export async function checkNarrow(page: Page, mode: PageMode, report: Report, timed: Timed, colours: boolean): Promise<void> {
  const narrow = VIEWPORTS[0];
  const schemes: Scheme[] = colours ? [...SCHEMES] : ['light'];
  const order = [...schemes.filter((s) => s === mode.scheme), ...schemes.filter((s) => s !== mode.scheme && s !== 'light'), ...schemes.filter((s) => s !== mode.scheme && s === 'light')];
  for (const scheme of order) {
    if (scheme !== mode.scheme) {
      await timed('switch scheme', () => setScheme(page, scheme));
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
    reportAxe(report, narrow, scheme, result.axe);
    report(narrow, scheme, 'focus', result.focus);
    if (forced) report(narrow, scheme, 'forced-colors-edge', result.edge);
    if (light) {
      report(narrow, 'all', 'reflow', result.reflow);
      report(narrow, 'all', 'target-size', result.target);
      report(narrow, 'all', 'text-spacing', result.stresses[0]);
    }
  }
}

/** Resizes the page to the narrow or the wide viewport. */
export async function setWide(page: Page, mode: PageMode, on: boolean): Promise<void> {
  const viewport = VIEWPORTS[on ? 1 : 0];
  await page.setViewportSize({ width: viewport.width, height: viewport.height });
  mode.wide = on;
}
