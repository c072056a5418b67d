import { expect, test } from '@playwright/test';
import { listServices } from '../domain/catalogue';
import { WERNE } from '../domain/city';

/**
 * The Impressum and the privacy notice as a visitor finds them: from registration and from the
 * footer, with the city's data and one entry per service of the catalogue the server sends.
 * The accessibility matrix checks both pages in every language and mode (screens.ts).
 */
test('registration links the privacy notice, which lists every service; the footer leads to the Impressum', async ({ page }) => {
  await page.goto('/registrieren');
  // The app has taken the prerendered page over (its submit button is enabled): the link is the
  // app's navigation, which moves focus to the heading; a click before is a plain page load.
  await expect(page.locator('button[data-until-script]')).toHaveCount(0);
  await page.getByRole('main').getByRole('link', { name: 'Datenschutzerklärung' }).click();
  await expect(page).toHaveURL(/\/datenschutz$/);
  await expect(page.locator('h1')).toHaveText('Datenschutzerklärung');
  await expect(page.locator('h1')).toBeFocused();
  const main = page.getByRole('main');
  const listed = main.locator('section.privacy-service');
  await expect(listed).toHaveCount(listServices().length);
  expect((await listed.evaluateAll((els) => els.map((e) => e.getAttribute('data-service')))).sort()).toEqual(listServices().map((s) => s.id).sort());
  // Fee and routing decide the recipients: the Sperrmüllkarte costs money, so the payment provider is named.
  const bulky = main.locator('section[data-service="sperrmuellkarte"]');
  await expect(bulky).toContainText('Art. 6 Abs. 1 lit. e DSGVO (Aufgabe im öffentlichen Interesse) in Verbindung mit § 20 KrWG');
  await expect(bulky).toContainText('Zahlungsdienstleister');
  await expect(bulky).toContainText('2 Jahre nach Abschluss');
  await expect(main.locator('#privacy-storage')).toContainText('bp_session');
  await expect(main).toContainText(WERNE.dataProtectionAuthority.name);

  await page.getByRole('contentinfo').getByRole('link', { name: 'Impressum' }).click();
  await expect(page).toHaveURL(/\/impressum$/);
  await expect(page.locator('h1')).toHaveText('Impressum');
  await expect(main).toContainText(`${WERNE.legal.representative.title} ${WERNE.legal.representative.name}`);
  await expect(main).toContainText(WERNE.legal.supervisoryAuthority.name);
  // Sample values must never pass for the real ones.
  await expect(main.locator('.warning-text')).toContainText('Beispielangaben');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('h1')).toHaveText('Legal notice (Impressum)');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Privacy' })).toHaveAttribute('href', '/datenschutz');
});
