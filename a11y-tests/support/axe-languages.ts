import { expect, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

export interface LanguageChoice {
  /** The language switch's button text. */
  button: string;
  lang: string;
}

/** How the checked state is made and recognised. */
export interface StateInLanguages<L> {
  /** What makes the state (an error summary, a banner): it must be there in each language. */
  state?: Locator;
  /**
   * Makes the state again after each switch (pressing the same button), for a journey that
   * checks an error or a confirmation as a visitor of that language raises it. Without it, the
   * state must follow the switch by itself (pages keep messages as `Said`, client/i18n).
   */
  redo?: (language: L) => Promise<void>;
  /** What else must hold in each language (its texts), checked before axe. */
  inEach?: (language: L) => Promise<void>;
}

/**
 * Checks one screen state with axe in several languages, switching in place as a visitor does
 * with the header's language buttons. A journey is walked once and each of its states checked in
 * every language, instead of walking the journey once per language. The page is left in the
 * first language of the list (the journey's own), checked last.
 */
export async function expectAxeCleanIn<L extends LanguageChoice>(page: Page, languages: readonly L[], screen: string, how: StateInLanguages<L> = {}): Promise<void> {
  await inEachLanguage(page, languages, async (language) => {
    await how.redo?.(language);
    if (how.state) await expect(how.state).toBeVisible();
    await how.inEach?.(language);
    await expectNoAxeViolations(page, `${screen} (${language.lang})`);
  });
}

/** Runs `check` with the page switched in place to each language; ends in the first one of the list. */
export async function inEachLanguage<L extends LanguageChoice>(page: Page, languages: readonly L[], check: (language: L) => Promise<void>): Promise<void> {
  // The journey's own language last, so the journey goes on in it.
  for (const language of [...languages.slice(1), languages[0]]) {
    if ((await page.locator('html').getAttribute('lang')) !== language.lang) {
      await page.getByRole('button', { name: language.button, exact: true }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', language.lang);
      // The texts follow `lang` in the next render.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    }
    await check(language);
  }
}
