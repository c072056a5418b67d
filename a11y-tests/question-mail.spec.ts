import { expect, test } from '@playwright/test';
import { ApiClient } from '../server/test-support/api-client';
import { E2E_PORT } from './playwright.config';
import { expectNoAxeViolations } from './support/axe';
import { lastMailId, mailTo } from './support/mailbox';

/**
 * Issue 13, "a clerk's question → mail → link opens the request": the citizen is not in the app
 * when the Abfallwirtschaft asks; the mail in the (development) mailbox names only the
 * Aktenzeichen, and its link, opened signed out, leads through the login to the request with the
 * question on it.
 */
test('a clerk’s question reaches the citizen by mail, and the mail’s link opens the request after signing in', async ({ page }) => {
  const base = `http://127.0.0.1:${E2E_PORT}`;
  const citizen = new ApiClient(base);
  const { email } = await citizen.register('Frieda Frage');
  const id = await citizen.sendRouted({ street: 'Bonenstraße' });
  const reference = (await citizen.current(id))!.reference!;

  const clerk = new ApiClient(base);
  expect((await clerk.login('abfall@stadt-werne.example', 'werne-demo-abfall')).status).toBe(200);
  const before = await lastMailId();
  const question = 'Stehen die Möbel im Keller oder im Hof?';
  for (const body of [{ action: 'start' }, { action: 'askForInfo', reason: question }]) {
    expect((await clerk.call('POST', `/api/clerk/requests/${id}/actions`, { ...body, paymentOverride: 'Im Test ohne Zahlung' })).status).toBe(200);
  }

  const mail = await mailTo(email, new RegExp(`Rückfrage zu Ihrem Antrag ${reference}`), before);
  // The question itself stays in the portal: the mail names the Aktenzeichen and a link, nothing more.
  expect(mail.text).not.toContain('Keller');
  expect(mail.links).toEqual([`${base}/antraege/${id}`]);

  await page.goto(mail.links[0]);
  await expect(page).toHaveURL(/\/anmelden\?weiter=/);
  // Signed in on the page the link led to, which knows where the person wanted to go.
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill('correct horse battery');
  await page.getByRole('main').getByRole('button', { name: 'Anmelden', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/antraege/${id}$`));
  const main = page.getByRole('main');
  await expect(main).toContainText(reference);
  await expect(main).toContainText(question);
  await expectNoAxeViolations(page, 'Antrag mit Rückfrage, aus der E-Mail geöffnet');
});
