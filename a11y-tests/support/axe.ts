import AxeBuilder from '@axe-core/playwright';
import axeCore from 'axe-core';
import { expect, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  targets: string[];
}

/**
 * axe-core run in the page itself, installed once per document (client-side navigation keeps
 * it, as in the matrix's support/page-checks.ts). `AxeBuilder.analyze()` injects the 0.5 MB
 * script on every call and then opens a second, blank page to merge the frames' results, which
 * cost about a second per check; the portal's pages have no frames, so nothing needs merging.
 * Returns null when axe is not installed in this document yet.
 */
function runInPage(page: Page): Promise<Violation[] | null> {
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe?: typeof import('axe-core') }).axe;
    if (!axe) return null;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], iframes: false });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, WCAG_TAGS);
}

async function violations(page: Page): Promise<Violation[]> {
  // A page with frames (none today) is checked frame by frame, as AxeBuilder does.
  if (page.frames().length > 1) {
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }
  const found = await runInPage(page);
  if (found) return found;
  await page.evaluate(axeCore.source);
  const installed = await runInPage(page);
  if (!installed) throw new Error('axe-core could not be installed in the page');
  return installed;
}

/** Runs axe-core with the WCAG 2.2 A/AA rules on the page as it is now; fails on any violation. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const summary = (await violations(page)).map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.targets.slice(0, 5).join('\n    ')}`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}
