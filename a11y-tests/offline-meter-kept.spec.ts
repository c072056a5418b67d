import { expect, test, type Page } from '@playwright/test';
import { noisyPng } from '../server/test-support/file-test-service';
import { registerCitizen, waitForOfflineShell } from './support/citizen';
import { goOffline, goOnline } from './support/network';

// The service worker is part of what this file meets (offline, reloads, the app's own requests):
// allowed here, blocked in the other specs (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

async function next(page: Page): Promise<void> {
  await page.locator('main form button[type="submit"]').last().click();
}

/**
 * Issue 15, "Broken" 2, as reported: a Gartenwasserzähler filled and sent offline, with a photo
 * and a reload half-way, must reach the city without a false "Angaben nicht übernommen".
 */
test('an offline meter registration with photo and a reload is sent without a false "not included" notice', async ({ page, context }) => {
  await registerCitizen(page, 'Otto Offline');
  await waitForOfflineShell(page);
  await page.goto('/gartenwasserzaehler');
  // The connection drops just as the new draft is sent: the server has it, the device never
  // hears back (as on a train leaving the station).
  let lostAnswer!: () => void;
  const answerLost = new Promise<void>((resolve) => (lostAnswer = resolve));
  await page.route('**/api/sync/requests/push', async (route) => {
    await route.fetch();
    await route.abort('internetdisconnected');
    lostAnswer();
  });
  await page.getByRole('button', { name: 'Jetzt beginnen' }).click();
  await answerLost;
  await goOffline(context);
  await page.unroute('**/api/sync/requests/push');
  await expect(page).toHaveURL(/\/aufgaben$/);
  await page.getByRole('link', { name: 'Wie lautet die Nummer des Zählers?' }).click();
  await page.locator('#field-meterNumber').fill('18-4471204');
  await next(page);
  await page.locator('#field-installDate-day').fill('1');
  await page.locator('#field-installDate-month').fill('4');
  await page.locator('#field-installDate-year').fill(String(new Date().getFullYear()));
  await page.locator('#field-initialReading').fill('0,012');
  await next(page);
  await page.locator('#field-installer').fill('Sanitär Beispiel GmbH, Werne');
  await next(page);
  await expect(page).toHaveURL(/\/adresse$/);
  await page.locator('#field-street').fill('Steinstraße');
  await page.locator('#field-houseNumber').fill('7');
  // Reloaded mid-form, still offline: what was typed stays.
  await page.reload();
  await expect(page.locator('#field-houseNumber')).toHaveValue('7');
  await page.locator('#field-postcode').fill('59368');
  await next(page);
  await expect(page).toHaveURL(/\/foto-zaehler$/);
  await page.getByLabel('Laden Sie ein Foto des Zählers hoch').setInputFiles({ name: 'zaehler.png', mimeType: 'image/png', buffer: noisyPng(48) });
  await expect(page.locator('.file-list__item')).toHaveCount(1);
  await next(page);
  await expect(page).toHaveURL(/\/bescheinigung$/);
  await page.getByLabel('Laden Sie die Einbaubescheinigung hoch').setInputFiles({ name: 'bescheinigung.png', mimeType: 'image/png', buffer: noisyPng(40) });
  await expect(page.locator('.file-list__item')).toHaveCount(1);
  await next(page);
  await expect(page).toHaveURL(/\/telefon$/);
  await next(page);
  await expect(page).toHaveURL(/\/pruefen$/);
  // The check page names the files chosen, not "1 Datei".
  const summary = page.locator('.summary-list');
  await expect(summary).toContainText('zaehler.png');
  await expect(summary).toContainText('bescheinigung.png');
  await expect(summary).not.toContainText('1 Datei');
  await page.locator('main form button').last().click();
  await expect(page).toHaveURL(/\/bestaetigung$/);
  const id = page.url().split('/').at(-2)!;

  await goOnline(context);
  const main = page.getByRole('main');
  await expect(main).toContainText(/GWZ-\d{4}-\d{6}/, { timeout: 30_000 });
  await expect(page.getByRole('status').first()).toHaveText('Alles gesendet', { timeout: 20_000 });
  await page.goto(`/antraege/${id}`);
  await expect(main).toContainText(/GWZ-\d{4}-\d{6}/);
  await expect(main).toContainText('18-4471204');
  await expect(page.getByText('Angaben nicht übernommen')).toHaveCount(0);
  await page.goto('/meine-antraege');
  await expect(main).toContainText('Gartenwasserzähler');
  await expect(page.getByText('Angaben nicht übernommen')).toHaveCount(0);
});
