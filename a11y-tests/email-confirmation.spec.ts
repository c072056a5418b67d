import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { mailTo } from './support/mailbox';

const next = (page: Page) => page.locator('main form button[type="submit"]').last().click();

/**
 * Issue 13, "E-Mail-Bestätigung", as a new citizen goes through it: register, draft at once,
 * "Absenden" waits and says why, the mail from the (development) mailbox, its link, and then
 * the same draft is sent.
 */
test('register → draft → sending waits → confirmation mail → link → the draft is sent', async ({ page }) => {
  const email = `bestaetigen-${randomUUID().slice(0, 8)}@example.org`;
  await page.goto('/registrieren');
  await page.getByLabel('Name', { exact: false }).first().fill('Bea Stätigung');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill('sicheres passwort 2026');
  await page.getByRole('main').getByRole('button', { name: /Registrieren|Konto anlegen/ }).click();
  await expect(page).toHaveURL(/\/meine-antraege$/);
  const notice = page.getByRole('region', { name: 'Bestätigen Sie Ihre E-Mail-Adresse' });
  await expect(notice).toContainText(`Wir haben einen Link an ${email} geschickt.`);
  await expectNoAxeViolations(page, 'Meine Anträge, Adresse unbestätigt');

  // Drafting works at once.
  await page.goto('/anregung');
  await page.locator('main button').last().click();
  await next(page);
  await page.locator('#field-kind-lob').check();
  await next(page);
  await page.locator('#field-topic-gruen').check();
  await next(page);
  await page.locator('#field-message').fill('Der neue Spielplatz ist wunderbar.');
  await next(page);
  await page.locator('#field-wantsReply-nein').check();
  await next(page);
  await expect(page).toHaveURL(/\/pruefen$/);
  const checkPage = page.url();
  // "Absenden" waits: the page says why, focus goes there, the draft stays a draft.
  await page.locator('main form button').last().click();
  await expect(page.getByRole('heading', { name: 'Bestätigen Sie Ihre E-Mail-Adresse' })).toBeFocused();
  await expect(page.getByRole('main')).toContainText('Ihr Antrag wurde noch nicht abgeschickt.');
  await expect(page).toHaveURL(/\/pruefen$/);
  await expectNoAxeViolations(page, 'Prüfen: Absenden wartet auf die Bestätigung');

  const mail = await mailTo(email, /Bitte bestätigen Sie Ihre E-Mail-Adresse/);
  expect(mail.text).toContain('Der Link gilt 24 Stunden.');
  await page.goto(mail.links[0]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ihre E-Mail-Adresse ist bestätigt');
  // The token leaves the address bar once used.
  await expect(page).toHaveURL(/\/email-bestaetigen$/);
  await expectNoAxeViolations(page, 'E-Mail-Adresse bestätigt');
  await page.getByRole('link', { name: 'Zu Meine Anträge' }).click();
  await expect(page.getByRole('region', { name: 'Bestätigen Sie Ihre E-Mail-Adresse' })).toHaveCount(0);

  // The same draft, with what was typed, is sent now.
  await page.goto(checkPage);
  await expect(page.getByRole('main')).toContainText('Der neue Spielplatz ist wunderbar.');
  await page.locator('main form button').last().click();
  await expect(page.getByRole('main')).toContainText(/BLA-\d{4}-\d{6}/, { timeout: 15_000 });
});
