import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { registerByApi } from './support/citizen';

/** Each language: the name on its switch button and the `lang` the page must then carry. */
const LANGUAGES = [
  { button: 'Deutsch', lang: 'de', continueLabel: 'Weiter' },
  { button: 'English', lang: 'en', continueLabel: 'Continue' },
  { button: 'Leichte Sprache', lang: 'de-x-easy', continueLabel: null },
] as const;

async function submitPage(page: Page): Promise<void> {
  await page.locator('main form button[type="submit"]').last().click();
}

for (const language of LANGUAGES) {
  test(`every screen of the slice is axe-clean in ${language.button}`, async ({ page, browser }) => {
    // Citizen: registered through the API of this browser context (shares its cookie).
    await page.goto('/');
    await page.getByRole('button', { name: language.button }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language.lang);
    await expectNoAxeViolations(page, `Start (${language.lang})`);
    await page.goto('/anmelden');
    await expect(page.locator('html')).toHaveAttribute('lang', language.lang); // remembered
    await expectNoAxeViolations(page, `Anmelden (${language.lang})`);
    await submitPage(page);
    await expect(page).toHaveTitle(/:/);
    await expectNoAxeViolations(page, `Anmelden mit Fehlern (${language.lang})`);
    await page.goto('/registrieren');
    await expectNoAxeViolations(page, `Registrieren (${language.lang})`);

    const email = `lang-${randomUUID().slice(0, 8)}@example.org`;
    const reg = await registerByApi(page.request, {
      data: { email, password: 'sicheres passwort 2026', name: 'Lena Lang' },
    });
    expect(reg.status()).toBe(200);
    await page.goto('/meine-antraege');
    await expectNoAxeViolations(page, `Meine Anträge leer (${language.lang})`);

    await page.goto('/sperrmuellkarte');
    await expectNoAxeViolations(page, `Sperrmüllkarte Start (${language.lang})`);
    await page.locator('main button').last().click();
    await expect(page).toHaveURL(/\/gegenstaende$/);
    await submitPage(page);
    await expect(page.locator('#field-items-moebel')).toBeVisible();
    await expectNoAxeViolations(page, `Gegenstände mit Fehler (${language.lang})`);
    await page.locator('#field-items-moebel').check();
    await submitPage(page);
    await page.locator('#field-volume').fill('9');
    await submitPage(page);
    await expectNoAxeViolations(page, `Menge mit Fehler (${language.lang})`);
    await page.locator('#field-volume').fill('1');
    await submitPage(page);
    await page.locator('#field-street').fill('Markt');
    await page.locator('#field-houseNumber').fill('1');
    await page.locator('#field-postcode').fill('59368');
    await expectNoAxeViolations(page, `Adresse (${language.lang})`);
    await submitPage(page);
    await expect(page.locator('#field-pickupSlot')).toBeVisible();
    await submitPage(page);
    await expectNoAxeViolations(page, `Termin mit Fehler (${language.lang})`);
    // A different pickup day per language, so the three requests never compete for one.
    await page.locator('input[name="pickupSlot"]').nth(3 + LANGUAGES.indexOf(language)).check();
    await submitPage(page);
    await expectNoAxeViolations(page, `Telefon (${language.lang})`);
    await submitPage(page);
    await expect(page).toHaveURL(/\/pruefen$/);
    await expectNoAxeViolations(page, `Angaben prüfen (${language.lang})`);
    await page.locator('main button').last().click();
    await expect(page).toHaveURL(/\/bestaetigung$/);
    await expect(page.getByRole('main')).toContainText(/SPM-\d{4}-\d{6}/, { timeout: 15_000 });
    await expectNoAxeViolations(page, `Bestätigung (${language.lang})`);
    await page.goto('/meine-antraege');
    await expectNoAxeViolations(page, `Meine Anträge (${language.lang})`);
    await page.locator('main a[href^="/antraege/"]').first().click();
    await expectNoAxeViolations(page, `Antragsdetails (${language.lang})`);

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
    await expectNoAxeViolations(clerk, `Posteingang (${language.lang})`);
    await clerk.locator('main table a').first().click();
    await expect(clerk.locator('main button').first()).toBeVisible();
    await expectNoAxeViolations(clerk, `Antrag im Fachdienst (${language.lang})`);
    await clerkContext.close();
  });
}
