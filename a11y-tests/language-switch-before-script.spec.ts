import { expect, test } from '@playwright/test';

/**
 * The language switch works before the app does: its buttons send a GET form to the same page
 * with `?lang=…` (client/app/LanguageSwitch.tsx), which the server answers with the page in that
 * language and remembers (server/http/prerendered-pages.ts). Once the app runs it switches in place.
 */
test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('choosing English on a prerendered page brings the English page, and the next page too', async ({ page }) => {
    await page.goto('/abfallkalender');
    await expect(page.locator('main h1')).toHaveText('Abfallkalender');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect(page).toHaveURL(/\/abfallkalender\?lang=en$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('main h1')).toHaveText('Waste collection calendar');
    await expect(page.getByRole('button', { name: 'English', exact: true })).toHaveAttribute('aria-current', 'true');
    // Remembered by the server: an address without `?lang=` comes in English as well.
    await page.goto('/anmelden');
    await expect(page.locator('main h1')).toHaveText('Sign in');
    await page.getByRole('button', { name: 'Deutsch', exact: true }).click();
    await expect(page.locator('main h1')).toHaveText('Anmelden');
  });
});

test('a choice made before the app has run ends in that language, and the app then switches in place', async ({ page }) => {
  // Hold the app's script back, as a slow phone would, while the person chooses.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/main\.[0-9a-f]+\.js$/, async (route) => {
    await held;
    // The first page's request may belong to a page already left.
    await route.continue().catch(() => undefined);
  });
  // Not 'domcontentloaded': that event waits for the deferred scripts held here.
  await page.goto('/abfallkalender', { waitUntil: 'commit' });
  await expect(page.locator('main h1')).toHaveText('Abfallkalender');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.waitForURL(/\?lang=en$/, { waitUntil: 'commit', timeout: 10_000 });
  // The English page, sent by the server, still without the app.
  await expect(page.locator('main h1')).toHaveText('Waste collection calendar');
  const languageSwitch = page.getByRole('navigation', { name: 'Language' });
  const prerendered = await languageSwitch.evaluate((nav) => nav.outerHTML);
  release();
  // Hydrated (#app loses data-lang), still English, and the switch exactly as it was painted.
  await page.waitForFunction(() => document.getElementById('app')?.dataset.lang === undefined);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('main h1')).toHaveText('Waste collection calendar');
  expect(await languageSwitch.evaluate((nav) => nav.outerHTML)).toBe(prerendered);

  // Now the app answers the switch itself: no page load, and the address follows.
  await page.evaluate(() => Object.assign(window, { samePage: true }));
  await page.getByRole('button', { name: 'Deutsch', exact: true }).click();
  await expect(page.locator('main h1')).toHaveText('Abfallkalender');
  await expect(page).toHaveURL(/\/abfallkalender\?lang=de$/);
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
  // Remembered on the device: a fresh load of an address without `?lang=` is German.
  await page.goto('/anmelden');
  await expect(page.locator('main h1')).toHaveText('Anmelden');
});

test('a language the server remembers (chosen without JavaScript) is the one the app speaks, when the device has none', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'bp-language', value: 'en', url: baseURL! }]);
  await page.goto('/anmelden');
  await page.waitForFunction(() => document.getElementById('app')?.dataset.lang === undefined);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('main h1')).toHaveText('Sign in');
});
