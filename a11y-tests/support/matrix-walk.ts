import type { Browser, BrowserContext, Page } from '@playwright/test';
import { LANGUAGE_STORAGE_KEY } from '../../client/i18n/languages';
import type { Screen, ScreenState, Who } from '../screens';
import type { MatrixFixtures } from './matrix-fixtures';
import type { Scheme, Viewport } from './matrix-summary';
import { goOffline } from './network';

/** How the accessibility matrix moves through the app: one browser context per visitor and language. */

export async function openAs(
  browser: Browser,
  baseURL: string | undefined,
  fixtures: MatrixFixtures,
  who: Who,
  language: string,
  viewport: Viewport,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
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
export async function navigate(page: Page, path: string, first: boolean): Promise<void> {
  if (first) {
    await page.goto(path);
  } else {
    await page.evaluate((p) => {
      history.pushState(null, '', p);
      dispatchEvent(new PopStateEvent('popstate'));
    }, path);
  }
}

/**
 * Notes the screen being left, just before the walk moves on: its heading element and that
 * heading's text as it reads now, in the language the walk is in at this moment (the checks have
 * switched languages since the screen was there). Kept in the page's script, not in the DOM,
 * where an attribute would change the markup signature.
 */
export async function leave(page: Page): Promise<void> {
  await page.evaluate(() => {
    const h1 = document.querySelector('main h1');
    (window as unknown as { __matrixLeft?: { h1: Element | null; text: string } }).__matrixLeft = { h1, text: h1?.textContent ?? '' };
  });
}

/**
 * Waits until the screen is there: its mark (`screen.ready`) or, without one, a heading that is
 * not the left screen's — another element, or the same element with other words — and no loading
 * state in main. A screen whose heading stays (the same page with other data) names its mark, so
 * no screen waits out the time limit here; says whether it was waited out (the walk counts it).
 */
export async function ready(page: Page, screen: Screen): Promise<{ waitedOut: boolean }> {
  await page.locator(screen.ready ?? 'main h1').first().waitFor({ state: 'visible', timeout: 15_000 });
  let waitedOut = false;
  await page
    .waitForFunction(
      (own) => {
        const h1 = document.querySelector('main h1');
        if (!h1 || document.querySelector('main .loading')) return false;
        const left = (window as unknown as { __matrixLeft?: { h1: Element | null; text: string } }).__matrixLeft;
        return own || !left || h1 !== left.h1 || h1.textContent !== left.text;
      },
      Boolean(screen.ready),
      { timeout: 2_000 },
    )
    .catch(() => {
      waitedOut = true;
    });
  // Lazy texts and data settle within a frame or two after the heading.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return { waitedOut };
}

export async function setScheme(page: Page, scheme: Scheme): Promise<void> {
  await page.emulateMedia({
    colorScheme: scheme === 'dark' ? 'dark' : 'light',
    forcedColors: scheme === 'forced-colors' ? 'active' : 'none',
  });
}

export async function reachState(page: Page, context: BrowserContext, screen: Screen, state: ScreenState): Promise<void> {
  if (state === 'errors') {
    await page.locator(screen.submit ?? 'main button[type="submit"]').first().press('Enter');
    await page.locator('.error-summary').waitFor({ state: 'visible', timeout: 10_000 });
  } else if (state === 'offline') {
    await goOffline(context);
    // The app learns it from the `offline` event and says so in the banner; what else changes
    // renders with it. Then a frame for the layout.
    await page.waitForFunction(() => !navigator.onLine && (document.querySelector('.offline-banner')?.textContent ?? '').trim() !== '', null, { timeout: 5_000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
}

/**
 * Switches the language in place with the header's language switch, in one round trip. A
 * button's `click()` from script runs its handler as a press does and moves neither focus nor
 * the keyboard modality `:focus-visible` follows. Settled once `lang` is the new language, no
 * loading state is left in main and two frames have passed (the texts follow `lang` in the next
 * render; a lazy language's texts are fetched before `lang` changes, client/i18n/i18n.ts).
 */
export async function switchLanguage(page: Page, language: string, index: number): Promise<void> {
  await page.evaluate(
    async ({ lng, index }) => {
      const button = document.querySelectorAll<HTMLButtonElement>('.language-switch__button')[index];
      if (!button) throw new Error('no language switch on the page');
      button.click();
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      const deadline = Date.now() + 10_000;
      while (document.documentElement.lang !== lng || document.querySelector('main .loading')) {
        if (Date.now() > deadline) throw new Error(`still lang="${document.documentElement.lang}" 10 s after choosing ${lng}`);
        await frame();
      }
      await frame();
      await frame();
    },
    { lng: language, index },
  );
}

/**
 * 2.4.1: the skip link is the first stop of the tab order (no positive tabindex puts anything
 * before it). The order Tab follows, read from the document: it holds in every language and
 * state without reloading the page to start Tab from its top.
 */
export function skipLinkFirstInPage(selector: string): string | null {
  const positive = [...document.querySelectorAll<HTMLElement>('[tabindex]')].find((el) => el.tabIndex > 0);
  if (positive) return `positive tabindex on ${positive.tagName.toLowerCase()}.${[...positive.classList].join('.')}`;
  const first = [...document.querySelectorAll<HTMLElement>(selector)].find(
    (el) => !(el as HTMLButtonElement).disabled && el.tabIndex >= 0 && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('[inert]'),
  );
  return first?.classList.contains('skip-link') ? null : `first tab stop is ${first ? `${first.tagName.toLowerCase()}.${[...first.classList].join('.')}` : 'nothing'}`;
}
