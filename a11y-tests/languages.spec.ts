import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { registerByApi } from './support/citizen';
import { inEachLanguage } from './support/axe-languages';
import { nthPickupDay } from './support/slots';

/** Each language: the name on its switch button and the `lang` the page must then carry. */
const LANGUAGES = [
  { button: 'Deutsch', lang: 'de' },
  { button: 'English', lang: 'en' },
  { button: 'Leichte Sprache', lang: 'de-x-easy' },
] as const;
type Language = (typeof LANGUAGES)[number];

async function submitPage(page: Page): Promise<void> {
  await page.locator('main form button[type="submit"]').last().click();
}

/** Switches in place with the header's buttons, as a visitor does. */
async function speak(page: Page, language: Language): Promise<void> {
  if ((await page.locator('html').getAttribute('lang')) === language.lang) return;
  // A prerendered page is painted before the app runs; a click before hydration (marked by #app
  // losing data-lang) loads the page anew in the language (language-switch-before-script.spec.ts).
  // This walk switches in place, as the app does once it runs, so it waits for the app.
  await page.waitForFunction(() => document.getElementById('app')?.dataset.lang === undefined);
  await page.getByRole('button', { name: language.button, exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', language.lang);
}

// Every screen of this journey is checked with axe in every language by the matrix
// (a11y-matrix.spec.ts, screens.ts). The journey is walked once, as one person would, and each
// language carries part of it: the language changes at every page, so each one's pages are
// answered, refused and sent on — where three walks (one per language) did the same at three
// times the cost. Each language is also the one a later full page load must remember.
test('the Sperrmüllkarte journey, citizen to clerk, works in Deutsch, English and Leichte Sprache, each remembered over a page load', async ({ page, browser }) => {
  // The three walks' (one per language) time, as in the other specs that merged per-language tests.
  test.setTimeout(3 * 90_000);
  const [de, en, easy] = LANGUAGES;
  await page.goto('/');
  await speak(page, en);
  await page.goto('/anmelden');
  await expect(page.locator('html')).toHaveAttribute('lang', en.lang); // remembered
  await submitPage(page);
  await expect(page).toHaveTitle(/^Error: /);
  await speak(page, easy);
  await page.goto('/registrieren');
  await expect(page.locator('html')).toHaveAttribute('lang', easy.lang); // remembered
  await speak(page, de);

  // Citizen: registered through the API of this browser context (shares its cookie).
  const email = `lang-${randomUUID().slice(0, 8)}@example.org`;
  const reg = await registerByApi(page.request, { data: { email, password: 'sicheres passwort 2026', name: 'Lena Lang' } });
  expect(reg.status()).toBe(200);
  await page.goto('/sperrmuellkarte');
  await expect(page.locator('html')).toHaveAttribute('lang', de.lang); // remembered
  await expect(page.locator('main h1')).toBeVisible();

  // One page after the other, the next language each time.
  let turn = 0;
  const nextLanguage = () => speak(page, LANGUAGES[turn++ % LANGUAGES.length]);
  await nextLanguage();
  await page.locator('main button').last().click();
  await expect(page).toHaveURL(/\/gegenstaende$/);
  await nextLanguage();
  await submitPage(page);
  await expect(page.locator('.error-summary')).toBeVisible();
  await page.locator('#field-items-moebel').check();
  await submitPage(page);
  await expect(page).toHaveURL(/\/menge$/);
  await nextLanguage();
  await page.locator('#field-volume').fill('9');
  await submitPage(page);
  await expect(page.locator('.error-summary')).toBeVisible();
  await page.locator('#field-volume').fill('1');
  await submitPage(page);
  await expect(page).toHaveURL(/\/adresse$/);
  await nextLanguage();
  await page.locator('#field-street').fill('Markt');
  await page.locator('#field-houseNumber').fill('1');
  await page.locator('#field-postcode').fill('59368');
  await submitPage(page);
  await expect(page.locator('#field-pickupSlot')).toBeVisible();
  await nextLanguage();
  await submitPage(page);
  await expect(page.locator('.error-summary')).toBeVisible();
  await (await nthPickupDay(page, 3)).check();
  await submitPage(page);
  await expect(page).toHaveURL(/\/telefon$/);
  await nextLanguage();
  await submitPage(page);
  await expect(page).toHaveURL(/\/pruefen$/);
  await nextLanguage();
  await page.locator('main button').last().click();
  await expect(page).toHaveURL(/\/bestaetigung$/);
  await expect(page.getByRole('main')).toContainText(/SPM-\d{4}-\d{6}/, { timeout: 15_000 });
  await nextLanguage();
  await page.locator('main a[href="/meine-antraege"]').click();
  await expect(page).toHaveURL(/\/meine-antraege$/);
  await page.locator('main a[href^="/antraege/"]').first().click();
  await expect(page).toHaveURL(/\/antraege\//);
  await inEachLanguage(page, LANGUAGES, () => expect(page.getByRole('main')).toContainText(/SPM-\d{4}-\d{6}/));

  // Clerk screens, each in every language.
  const clerkContext = await browser.newContext();
  const clerk = await clerkContext.newPage();
  const login = await clerk.request.post('/api/auth/login', {
    data: { email: 'abfall@stadt-werne.example', password: 'werne-demo-abfall' },
  });
  expect(login.status()).toBe(200);
  await clerk.goto('/sachbearbeitung');
  await inEachLanguage(clerk, LANGUAGES, () => expect(clerk.getByRole('table')).toBeVisible());
  await clerk.locator('main table a').first().click();
  await inEachLanguage(clerk, LANGUAGES, () => expect(clerk.locator('main button').first()).toBeVisible());
  await clerkContext.close();
});
