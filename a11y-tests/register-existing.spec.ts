import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { DEMO_CITIZEN } from './support/citizen';

/**
 * Registration answers a known address exactly like a new one (no account probing, issue
 * "Trust boundaries"); the app then logs in with the chosen password. When that fails, the
 * person is told, without the page claiming anything the server did not say.
 */
test('registering an address that already has an account points to the login, axe-clean', async ({ page }) => {
  await page.goto('/registrieren');
  await page.getByLabel('Name', { exact: false }).first().fill('Jemand Anderes');
  await page.getByLabel('E-Mail-Adresse').fill(DEMO_CITIZEN.email);
  await page.getByLabel('Passwort').fill('ein ganz anderes passwort');
  await page.getByRole('main').getByRole('button', { name: /Registrieren|Konto anlegen/ }).click();
  await expect(page).toHaveTitle(/^Fehler: /);
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Falls für die Adresse bereits ein Konto besteht, melden Sie sich bitte mit dessen Passwort an.');
  await expect(page).toHaveURL(/\/registrieren$/);
  await expectNoAxeViolations(page, 'Registrieren mit bekannter Adresse');
  // The account itself is untouched: its owner logs in as before.
  const login = await page.request.post('/api/auth/login', { data: DEMO_CITIZEN });
  expect(login.status()).toBe(200);
});
