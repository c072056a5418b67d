import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { logIn, registerByApi } from './support/citizen';
import { lastMailId, mailTo, mailsSoFar } from './support/mailbox';

/**
 * Issue 13, "Passwort vergessen", as a person goes through it: the link on the login page, the
 * address, the mail in the (development) mailbox, its link, a new password — and the old one and
 * the old sessions gone. The link works once.
 */
test('forgotten password: login page → mail → link → new password → sign in; the link works once', async ({ page, browser, request }) => {
  const email = `vergessen-${randomUUID().slice(0, 8)}@example.org`;
  const old = { email, password: 'altes passwort 2026', name: 'Vera Gessen' };
  expect((await registerByApi(request, { data: old })).status()).toBe(200);
  // A second device stays signed in with the old password — until the reset.
  const otherDevice = await browser.newContext();
  expect((await otherDevice.request.post('/api/auth/login', { data: { email, password: old.password } })).status()).toBe(200);

  await page.goto('/anmelden');
  await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
  await expect(page).toHaveURL(/\/passwort-vergessen$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Passwort vergessen');
  await expectNoAxeViolations(page, 'Passwort vergessen');
  // A malformed address is refused by name.
  await page.getByLabel('E-Mail-Adresse').fill('vera(at)example.org');
  await page.getByRole('button', { name: 'Link anfordern' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.error-summary')).toContainText('im richtigen Format');
  await expectNoAxeViolations(page, 'Passwort vergessen mit Fehler');

  const before = await lastMailId();
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByRole('button', { name: 'Link anfordern' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prüfen Sie Ihr E-Mail-Postfach');
  await expect(page.getByRole('main')).toContainText(`Wenn es für ${email} ein Konto gibt`);
  await expectNoAxeViolations(page, 'Passwort vergessen: E-Mail geschickt');

  const mail = await mailTo(email, /Neues Passwort/, before);
  expect(mail.text).toContain('Der Link gilt 60 Minuten und nur einmal.');
  const link = mail.links.find((l) => l.includes('/passwort-neu#'))!;
  expect(link).toBeTruthy();

  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neues Passwort festlegen');
  await expectNoAxeViolations(page, 'Neues Passwort festlegen');
  await page.getByLabel('Neues Passwort').fill('zu kurz');
  await page.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(page.locator('.error-summary')).toContainText('mindestens 10 Zeichen');
  await page.getByLabel('Neues Passwort').fill('ein neues langes passwort');
  await page.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(page).toHaveURL(/\/anmelden$/);
  await expect(page.getByRole('main')).toContainText('Ihr Passwort ist geändert.');

  // The other device's session has ended; the old password no longer works, the new one does.
  expect((await otherDevice.request.get('/api/auth/me')).status()).toBe(401);
  await otherDevice.close();
  expect((await request.post('/api/auth/login', { data: { email, password: old.password } })).status()).toBe(401);
  await logIn(page, email, 'ein neues langes passwort');
  await expect(page).toHaveURL(/\/meine-antraege$/);
  await mailTo(email, /Passwort wurde geändert/, before);

  // The same link a second time: it no longer works, and the page says what to do.
  await page.goto(link);
  await page.getByLabel('Neues Passwort').fill('noch ein anderes passwort');
  await page.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(page.getByRole('main')).toContainText('Dieser Link gilt nicht mehr.');
  await expect(page.getByRole('link', { name: 'Neuen Link anfordern' })).toHaveAttribute('href', '/passwort-vergessen');
  await expectNoAxeViolations(page, 'Neues Passwort: Link verbraucht');
});

test('an address without an account gets the same page and no mail', async ({ page, request }) => {
  const nobody = `niemand-${randomUUID().slice(0, 8)}@example.org`;
  const somebody = { email: `jemand-${randomUUID().slice(0, 8)}@example.org`, password: 'sicheres passwort 2026', name: 'Jens Jemand' };
  expect((await registerByApi(request, { data: somebody })).status()).toBe(200);
  const before = await lastMailId();
  await page.goto('/passwort-vergessen');
  await page.getByLabel('E-Mail-Adresse').fill(nobody);
  await page.getByRole('button', { name: 'Link anfordern' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prüfen Sie Ihr E-Mail-Postfach');
  // Instead of a fixed wait: an address with an account, asked for after it, gets its mail through
  // the same lookup and queue; once that has arrived, a mail to the unknown address would have too.
  expect((await request.post('/api/auth/password/forgot', { data: { email: somebody.email } })).status()).toBe(202);
  await mailTo(somebody.email, /./, before);
  expect(await mailsSoFar(nobody, before)).toEqual([]);
});

test('changing the password in the profile needs the current one', async ({ page, request }) => {
  const email = `aendern-${randomUUID().slice(0, 8)}@example.org`;
  expect((await registerByApi(request, { data: { email, password: 'erstes passwort 2026', name: 'Anne Dern' } })).status()).toBe(200);
  await logIn(page, email, 'erstes passwort 2026');
  await expect(page).toHaveURL(/\/meine-antraege$/);
  await page.goto('/profil');
  await page.getByRole('link', { name: 'Passwort ändern' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Passwort ändern');
  await page.getByLabel('Aktuelles Passwort').fill('falsches passwort');
  await page.getByLabel('Neues Passwort').fill('zweites passwort 2026');
  await page.getByRole('main').getByRole('button', { name: 'Passwort ändern' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.error-summary')).toContainText('Das aktuelle Passwort ist nicht richtig.');
  await expectNoAxeViolations(page, 'Passwort ändern mit Fehler');
  await page.getByLabel('Aktuelles Passwort').fill('erstes passwort 2026');
  await page.getByRole('main').getByRole('button', { name: 'Passwort ändern' }).click();
  await expect(page).toHaveURL(/\/profil$/);
  await expect(page.getByRole('main')).toContainText('Ihr Passwort ist geändert.');
  expect((await request.post('/api/auth/login', { data: { email, password: 'zweites passwort 2026' } })).status()).toBe(200);
});
