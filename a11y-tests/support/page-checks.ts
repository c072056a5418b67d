import axeCore from 'axe-core';
import type { Page } from '@playwright/test';
import { WCAG_TAGS } from './axe';
import { INTERACTIVE, authorColoursInPage, focusInPage, forcedColourEdgeInPage, layoutInPage, targetSizeInPage } from './layout-checks';

/**
 * Every check of one mode (a colour scheme at a viewport) in one round trip to the page: axe-core
 * and the checks of layout-checks.ts are installed once per document (client-side navigation
 * keeps them), then each mode is one `evaluate` instead of one per check and per style sheet.
 */

/** What to check in the page as it is now. */
export interface ModePlan {
  /** axe rules: every WCAG 2.2 A/AA rule ('wcag'), these rules, or none. */
  axe: 'wcag' | readonly string[] | null;
  /** Run axe only where an author colour survives forced colours (forced-color-adjust: none). */
  axeOnlyWithAuthorColours?: boolean;
  /** The focus walk (visible, contrast, not obscured); `forced`: in forced colours. */
  focus?: { forced: boolean };
  /** Forced colours: controls keep a visible edge. */
  edge?: boolean;
  /** Reflow and nothing clipped, as the page is. */
  reflow?: boolean;
  /** Target size 24 px. */
  target?: boolean;
  /** User style sheets under each of which reflow and clipping are measured again. */
  stresses?: readonly string[];
}

export interface ModeResult {
  axe: { id: string; detail: string }[];
  focus: string[];
  edge: string[];
  reflow: string[];
  target: string[];
  /** Per entry of `plan.stresses`. */
  stresses: string[][];
}

// Function declarations serialise as named function expressions: valid as property values.
const CHECKS_SOURCE = `window.__a11yChecks = { layout: ${layoutInPage}, target: ${targetSizeInPage}, focus: ${focusInPage}, edge: ${forcedColourEdgeInPage}, authorColours: ${authorColoursInPage} };`;

interface InPageChecks {
  layout: typeof layoutInPage;
  target: typeof targetSizeInPage;
  focus: typeof focusInPage;
  edge: typeof forcedColourEdgeInPage;
  authorColours: typeof authorColoursInPage;
}

function runInPage(page: Page, plan: ModePlan): Promise<ModeResult | null> {
  return page.evaluate(
    async ({ plan, tags, selector }) => {
      const w = window as unknown as { axe?: typeof import('axe-core'); __a11yChecks?: InPageChecks };
      const checks = w.__a11yChecks;
      if (!w.axe || !checks) return null;
      const result: ModeResult = { axe: [], focus: [], edge: [], reflow: [], target: [], stresses: [] };
      if (plan.axe && (!plan.axeOnlyWithAuthorColours || checks.authorColours())) {
        const axe = await w.axe.run(document, {
          runOnly: plan.axe === 'wcag' ? { type: 'tag', values: tags } : { type: 'rule', values: [...plan.axe] },
          resultTypes: ['violations'],
          iframes: false,
        });
        result.axe = axe.violations.map((v) => ({ id: v.id, detail: `${v.help}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(', ')}` }));
      }
      if (plan.focus) result.focus = checks.focus({ selector, forced: plan.focus.forced });
      if (plan.edge) result.edge = checks.edge();
      if (plan.reflow) result.reflow = checks.layout(null);
      if (plan.target) result.target = checks.target(selector);
      result.stresses = (plan.stresses ?? []).map((css) => checks.layout(css));
      return result;
    },
    { plan, tags: WCAG_TAGS, selector: INTERACTIVE },
  );
}

export async function checkMode(page: Page, plan: ModePlan): Promise<ModeResult> {
  const result = await runInPage(page, plan);
  if (result) return result;
  await page.evaluate(`${axeCore.source}\n${CHECKS_SOURCE}`);
  const installed = await runInPage(page, plan);
  if (!installed) throw new Error('the accessibility checks could not be installed in the page');
  return installed;
}
