import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { registerByApi } from './support/citizen';

/** Werne's Marktplatz, as a phone's location service would report it. */
const MARKT = { latitude: 51.66372, longitude: 7.63447 };

async function newCitizen(page: Page): Promise<void> {
  const res = await registerByApi(page.request, {
    data: { email: `ort-${randomUUID().slice(0, 8)}@example.org`, password: 'sicheres passwort 2026', name: 'Olga Ort' },
  });
  expect(res.status()).toBe(200);
}

async function submitPage(page: Page): Promise<void> {
  await page.locator('main form button[type="submit"]').last().click();
}

/** Starts a Mängelmelder for graffiti and chooses to give the place as a position. */
async function startGraffitiByPosition(page: Page): Promise<void> {
  await page.goto('/maengelmelder');
  await page.getByRole('button', { name: 'Jetzt beginnen' }).click();
  await expect(page).toHaveURL(/\/aufgaben$/);
  await page.locator('main a[href$="/kategorie"]').click();
  await page.locator('#field-category-graffiti').check();
  await submitPage(page);
  await expect(page).toHaveURL(/\/ort-art$/);
  await page.locator('#field-locateBy-position').check();
  await submitPage(page);
  await expect(page).toHaveURL(/\/position$/);
}

/**
 * Issue #3: "location as address or as coordinates from the device's location (with the
 * citizen's consent)". Real Chromium geolocation: nothing is located before the button is
 * pressed; with consent the position is filled in, sent, and the report routed by its category.
 */
test('with consent, the device location becomes the report position', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: 'de-DE', geolocation: MARKT, permissions: ['geolocation'] });
  const page = await context.newPage();
  await newCitizen(page);
  await startGraffitiByPosition(page);
  const field = page.locator('#field-position');
  await expect(field).toHaveValue('');
  await page.getByRole('button', { name: 'Meinen Standort verwenden' }).click();
  await expect(field).toHaveValue('51.66372, 7.63447');
  await expect(page.getByRole('main')).toContainText('Ihr Standort wurde eingetragen.');
  await expectNoAxeViolations(page, 'Mängelmelder Standort übernommen');
  await submitPage(page);

  await expect(page).toHaveURL(/\/beschreibung$/);
  await page.locator('#field-description').fill('Graffiti an der Rathauswand.');
  await submitPage(page);
  await expect(page).toHaveURL(/\/fotos$/);
  await submitPage(page);
  await expect(page).toHaveURL(/\/rueckmeldung$/);
  await page.locator('#field-wantsFeedback-nein').check();
  await submitPage(page);
  await expect(page).toHaveURL(/\/pruefen$/);
  await expect(page.getByRole('main')).toContainText('51.66372, 7.63447');
  await page.locator('main form button').last().click();
  await expect(page).toHaveURL(/\/bestaetigung$/);
  await expect(page.getByRole('main')).toContainText(/MM-\d{4}-\d{6}/, { timeout: 15_000 });
  await expect(page.getByRole('main')).toContainText('Ordnungsamt');
  await context.close();
});

test('without consent the citizen is told so and can type the position or go back to an address', async ({ browser, baseURL }) => {
  // No permission granted: Chromium refuses the request as a citizen who says "block" would.
  const context = await browser.newContext({ baseURL, locale: 'de-DE' });
  const page = await context.newPage();
  await newCitizen(page);
  await startGraffitiByPosition(page);
  await page.getByRole('button', { name: 'Meinen Standort verwenden' }).click();
  await expect(page.getByRole('main')).toContainText('Sie haben den Zugriff auf Ihren Standort nicht erlaubt.');
  await expectNoAxeViolations(page, 'Mängelmelder Standort abgelehnt');

  const field = page.locator('#field-position');
  await field.fill('kein Ort');
  await submitPage(page);
  await expect(page).toHaveTitle(/^Fehler: /);
  await expect(page.locator('.error-summary')).toBeFocused();
  await field.fill('51.6601, 7.6390');
  await submitPage(page);
  await expect(page).toHaveURL(/\/beschreibung$/);
  await context.close();
});
