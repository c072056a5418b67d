import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';

/** Each language: the name on its switch button and the `lang` the page must then carry. */
const LANGUAGES = [
  { button: 'Deutsch', lang: 'de', continueLabel: 'Weiter' },
  { button: 'English', lang: 'en', continueLabel: 'Continue' },
  { button: 'Leichte Sprache', lang: 'de-x-easy', continueLabel: null },
] as const;

async function submitPage(page: Page): Promise<void> {
  await page.locator('main form button[type="submit"]').last().click();
}

// Every screen of this journey is checked with axe in every language by the matrix
// (a11y-matrix.spec.ts, screens.ts); this walks it as one person would, in each language.
for (const language of LANGUAGES) {
  test(`the Sperrmüllkarte journey, citizen to clerk, works in ${language.button}`, async ({ page, browser }) => {
    // Citizen: registered through the API of this browser context (shares its cookie).
    await page.goto('/');
    await page.getByRole('button', { name: language.button }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language.lang);
    await page.goto('/anmelden');
    await expect(page.locator('html')).toHaveAttribute('lang', language.lang); // remembered
    await submitPage(page);
    await expect(page).toHaveTitle(/:/);
    await page.goto('/registrieren');

    const email = `lang-${randomUUID().slice(0, 8)}@example.org`;
    const reg = await page.request.post('/api/auth/register', {
      data: { email, password: 'sicheres passwort 2026', name: 'Lena Lang' },
    });
    expect(reg.status()).toBe(201);
    await page.goto('/meine-antraege');

    await page.goto('/sperrmuellkarte');
    await expect(page.locator('main h1')).toBeVisible();
    await page.locator('main button').last().click();
    await expect(page).toHaveURL(/\/gegenstaende$/);
    await submitPage(page);
    await expect(page.locator('#field-items-moebel')).toBeVisible();
    await page.locator('#field-items-moebel').check();
    await submitPage(page);
    await page.locator('#field-volume').fill('9');
    await submitPage(page);
    await page.locator('#field-volume').fill('1');
    await submitPage(page);
    await page.locator('#field-street').fill('Markt');
    await page.locator('#field-houseNumber').fill('1');
    await page.locator('#field-postcode').fill('59368');
    await submitPage(page);
    await expect(page.locator('#field-pickupSlot')).toBeVisible();
    await submitPage(page);
    // A different pickup day per language, so the three requests never compete for one.
    await page.locator('input[name="pickupSlot"]').nth(3 + LANGUAGES.indexOf(language)).check();
    await submitPage(page);
    await submitPage(page);
    await expect(page).toHaveURL(/\/pruefen$/);
    await page.locator('main button').last().click();
    await expect(page).toHaveURL(/\/bestaetigung$/);
    await expect(page.getByRole('main')).toContainText(/SPM-\d{4}-\d{6}/, { timeout: 15_000 });
    await page.goto('/meine-antraege');
    await page.locator('main a[href^="/antraege/"]').first().click();

    // Clerk screens in the same language.
    const clerkContext = await browser.newContext();
    const clerk = await clerkContext.newPage();
    await clerk.goto('/');
    await clerk.getByRole('button', { name: language.button }).click();
    const login = await clerk.request.post('/api/auth/login', {
      data: { email: 'abfall@stadt-werne.example', password: 'werne-demo-abfall' },
    });
    expect(login.status()).toBe(200);
    await clerk.goto('/sachbearbeitung');
    await expect(clerk.getByRole('table')).toBeVisible();
    await clerk.locator('main table a').first().click();
    await expect(clerk.locator('main button').first()).toBeVisible();
    await clerkContext.close();
  });
}
