import { expect, test } from '@playwright/test';
import { goOffline, goOnline } from './support/network';
import { expectNoAxeViolations } from './support/axe';
import { logIn, registerCitizen, waitForOfflineShell } from './support/citizen';
import { nthPickupDay } from './support/slots';

// The service worker is part of what this file meets (offline, reloads, the app's own requests):
// allowed here, blocked in the other specs (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/**
 * Two devices, one draft: the laptop edits it offline while the phone sends it. When the laptop
 * reconnects, the server's state wins (the request is sent and numbered) — and the laptop's
 * text is not silently dropped: it is offered as a new draft.
 */
test('a draft edited offline on one device and sent from another keeps both texts', async ({ page: laptop, browser }) => {
  const login = await registerCitizen(laptop, 'Paul Parallel');
  await waitForOfflineShell(laptop);
  await laptop.goto('/sperrmuellkarte');
  await laptop.getByRole('button', { name: 'Jetzt beginnen' }).click();
  await laptop.getByLabel('Möbel').check();
  const draftUrl = laptop.url();
  const draftId = draftUrl.split('/').at(-2)!;
  // Wait until the server holds the draft with the ticked box (asked through the sync API).
  await expect
    .poll(async () => {
      const res = await laptop.request.post('/api/sync/requests/pull', { data: { checkpoint: null, batchSize: 50 } });
      const doc = (await res.json()).documents.find((d: { id: string }) => d.id === draftId);
      return doc?.answers?.items ?? [];
    }, { timeout: 15_000 })
    .toEqual(['moebel']);

  await goOffline(laptop.context());
  await laptop.getByLabel('Was ist es sonst?', { exact: false }).fill('Nur auf dem Laptop getippt');

  const phoneContext = await browser.newContext();
  const phone = await phoneContext.newPage();
  await logIn(phone, login.email, login.password);
  await phone.getByRole('link', { name: /Weiter ausfüllen/ }).first().click();
  await expect(phone.getByLabel('Möbel')).toBeChecked();
  await phone.getByRole('button', { name: 'Weiter' }).click();
  await phone.getByLabel('Wie viel Sperrmüll ist es?').fill('1');
  await phone.getByRole('button', { name: 'Weiter' }).click();
  await phone.getByRole('combobox', { name: 'Straße' }).fill('Markt');
  await phone.getByLabel('Hausnummer').fill('5');
  await phone.getByLabel('Postleitzahl').fill('59368');
  await phone.getByRole('button', { name: 'Weiter' }).click();
  await (await nthPickupDay(phone, 10)).check();
  await phone.getByRole('button', { name: 'Weiter' }).click();
  await phone.getByRole('button', { name: 'Weiter' }).click();
  await phone.getByRole('button', { name: /Absenden/ }).click();
  await expect(phone.getByRole('main')).toContainText(/SPM-\d{4}-\d{6}/, { timeout: 15_000 });
  await phoneContext.close();

  // The laptop comes back online.
  await goOnline(laptop.context());
  await laptop.evaluate(() => window.dispatchEvent(new Event('online')));
  await laptop.goto('/meine-antraege');
  await expect(laptop.getByRole('main')).toContainText(/SPM-\d{4}-\d{6}/, { timeout: 20_000 });
  await laptop.getByRole('link', { name: /Details ansehen/ }).first().click();
  await expect(laptop.getByRole('main')).toContainText('Angaben nicht übernommen');
  await expectNoAxeViolations(laptop, 'Antrag mit nicht übernommenen Angaben');
  await laptop.getByRole('button', { name: 'Als neuen Entwurf übernehmen' }).click();
  await expect(laptop).toHaveURL(/\/pruefen$/);
  expect(laptop.url()).not.toBe(draftUrl.replace(/\/[^/]+$/, '/pruefen'));
  await expect(laptop.getByRole('main')).toContainText('Nur auf dem Laptop getippt');
});
