import { expect, test, type Page } from '@playwright/test';
import { goOffline, goOnline } from './support/network';
import { expectNoAxeViolations } from './support/axe';
import { logIn, registerCitizen, waitForOfflineShell } from './support/citizen';

// The service worker is part of what this file meets (offline, reloads, the app's own requests):
// allowed here, blocked in the other specs (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/** What of the user a script on the page could still read after logout. */
async function readableUserData(page: Page) {
  return page.evaluate(async () => {
    const databases = (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.includes('bp-user'));
    // Public, and kept on purpose: the language choice and the city's department names.
    const local = Object.keys(localStorage).filter((k) => k !== 'bp-language' && k !== 'bp-departments');
    const cacheNames = (await caches.keys()).filter((n) => n.startsWith('bp-user'));
    // The same language choice, mirrored in a cookie so the server sends prerendered pages in it.
    const cookie = document.cookie
      .split('; ')
      .filter((c) => c && !c.startsWith('bp-language='))
      .join('; ');
    return { databases, local, cacheNames, cookie };
  });
}

test('drafts follow the citizen to another device and back after logout; logout warns and leaves nothing', async ({ page, browser }) => {
  const login = await registerCitizen(page, 'Mara Mobil');
  await waitForOfflineShell(page);

  // A draft typed offline is still unsent: logging out now would lose it, so the portal warns.
  await goOffline(page.context());
  await page.goto('/sperrmuellkarte');
  await page.getByRole('button', { name: 'Jetzt beginnen' }).click();
  await page.getByLabel('Was ist es sonst?', { exact: false }).fill('Zwei Gartenstühle');
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page.getByRole('main')).toContainText('Sie haben 1 Antrag, der noch nicht gesendet wurde.');
  await expectNoAxeViolations(page, 'Abmelden mit Warnung');
  await page.getByRole('link', { name: 'Angemeldet bleiben' }).click();

  // Back online the draft reaches the server by itself.
  await goOnline(page.context());
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(page.getByRole('status').first()).toHaveText('Alles gesendet', { timeout: 15_000 });

  // A second device: the draft is there after login.
  const other = await browser.newContext();
  const phone = await other.newPage();
  await logIn(phone, login.email, login.password);
  await expect(phone).toHaveURL(/\/meine-antraege$/);
  await phone.getByRole('link', { name: /Weiter ausfüllen/ }).first().click();
  await expect(phone.getByLabel('Was ist es sonst?', { exact: false })).toHaveValue('Zwei Gartenstühle');
  await other.close();

  // Logout with nothing unsent: no warning, and nothing of the person stays readable.
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('main')).toContainText('Sie haben sich abgemeldet.');
  await expect.poll(() => readableUserData(page)).toEqual({ databases: [], local: [], cacheNames: [], cookie: '' });
  expect((await page.request.get('/api/auth/me')).status()).toBe(401);
  await page.goto('/meine-antraege');
  await expect(page).toHaveURL(/\/anmelden/);

  // Logging in again on the same device brings the draft back from the server.
  await page.getByLabel('E-Mail-Adresse').fill(login.email);
  await page.getByLabel('Passwort').fill(login.password);
  await page.getByRole('main').getByRole('button', { name: 'Anmelden', exact: true }).click();
  await expect(page).toHaveURL(/\/meine-antraege$/);
  await expect(page.getByRole('link', { name: /Weiter ausfüllen/ })).toHaveCount(1);
});

test('registration names each slip at once, on the device, with the same words as the server', async ({ page, context }) => {
  await page.goto('/registrieren');
  await waitForOfflineShell(page);
  // Offline: the device's own check speaks, nothing needs the server.
  await goOffline(context);
  await page.getByLabel('E-Mail-Adresse').fill('erika@beispiel');
  await page.getByLabel('Passwort').fill('kurz');
  await page.getByRole('main').getByRole('button', { name: /Registrieren|Konto anlegen/ }).click();
  await expect(page).toHaveTitle(/^Fehler: /);
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Geben Sie eine E-Mail-Adresse im richtigen Format ein');
  await expect(summary).toContainText('Das Passwort muss mindestens 10 Zeichen lang sein.');
  await expect(summary).toContainText('Geben Sie Ihren Namen ein.');
  await expectNoAxeViolations(page, 'Registrieren mit Fehlern (offline)');
  await goOnline(context);
  // Switched to English, the summary is reworded, not left in the language it was raised in.
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(summary).toContainText('Enter your name.');
  await expect(summary).not.toContainText('Geben Sie Ihren Namen ein.');
});
