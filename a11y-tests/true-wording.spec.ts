import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { ApiClient } from '../server/test-support/api-client';
import { E2E_PORT } from './playwright.config';
import { waitForOfflineShell } from './support/citizen';
import { goOffline, goOnline } from './support/network';
import { payingCitizen, sperrmuellDraftFor } from './support/payment-requests';
import { browseAs, routedRequest } from './support/routed-request';

// The service worker is part of what this file meets (offline, reloads, the app's own requests):
// allowed here, blocked in the other specs (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/** Issue 15, "Broken" 4: what the pages say about a request is true. */
test('a Mängelmelder report is sent and thanked for as a report, and said to be with the office once routed', async ({ page, baseURL }) => {
  const api = await payingCitizen(page, baseURL!, 'Rita Report');
  const now = new Date().toISOString();
  const id = randomUUID();
  const draft = {
    id,
    serviceId: 'maengelmelder',
    catalogueVersion: 1,
    answers: { category: 'schlagloch', locateBy: 'adresse', street: 'Steinstraße', houseNumber: '7', description: 'Tiefes Loch vor Nummer 7.', wantsFeedback: 'nein' },
    currentPage: 'pruefen',
    status: 'draft',
    createdAt: now,
    updatedAt: now,
    history: [],
    _deleted: false,
  };
  expect((await api.push([{ assumedMasterState: null, newDocumentState: draft as never }])).status).toBe(200);
  await page.goto(`/maengelmelder/${id}/pruefen`);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2, name: 'Meldung absenden' })).toBeVisible();
  await expect(main).not.toContainText('Antrag absenden');
  await main.locator('form button').last().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vielen Dank für Ihre Meldung');
  await expect(main).toContainText(/MM\w*-\d{4}-\d{6}/, { timeout: 20_000 });
  await expect(main).toContainText('Ihre Meldung ist bei der zuständigen Stelle.');
  await expect(main).not.toContainText('Wir leiten Ihre Meldung');
});

test('a department\'s question is shown as a question in the citizen\'s history', async ({ page }) => {
  const { id, citizen } = await routedRequest('Südmauer', 'Quentin Frage');
  const clerk = new ApiClient(`http://127.0.0.1:${E2E_PORT}`);
  await clerk.login('abfall@stadt-werne.example', 'werne-demo-abfall');
  expect((await clerk.call('POST', `/api/clerk/requests/${id}/actions`, { action: 'start', paymentOverride: 'Gebühr im Test nicht Gegenstand' })).status).toBe(200);
  expect((await clerk.call('POST', `/api/clerk/requests/${id}/actions`, { action: 'askForInfo', reason: 'Steht der Sperrmüll an der Straße?' })).status).toBe(200);
  await browseAs(page, citizen);
  await page.goto(`/antraege/${id}`);
  const history = page.locator('.history');
  await expect(history).toContainText('Frage der Stadt: Steht der Sperrmüll an der Straße?', { timeout: 20_000 });
  await expect(history).not.toContainText('Begründung');
  // The question is in the Postfach, and Mein Bereich does not say "no messages" meanwhile.
  const postfach = page.locator('.postfach');
  await expect(postfach.locator('#postfach-question')).toContainText('Steht der Sperrmüll an der Straße?');
  await expect(postfach).not.toContainText('Noch keine Nachrichten.');
  await page.goto('/mein-bereich');
  const messages = page.locator('section[aria-labelledby="home-messages"]');
  await expect(messages).toContainText('Steht der Sperrmüll an der Straße?');
  await expect(messages).not.toContainText('noch keine Nachrichten');
});

// One request sent offline, then online: the two confirmations of a Sperrmüllkarte, for the
// price of one citizen and one draft.
test('sent offline, the confirmation does not promise sending while the device is off; once sent, the Sperrmüll day is called booked', async ({ page, context, baseURL }) => {
  const api = await payingCitizen(page, baseURL!, 'Olaf Offline');
  const id = await sperrmuellDraftFor(api);
  await page.goto(`/sperrmuellkarte/${id}/pruefen`);
  await expect(page.getByRole('main')).toContainText('Gebühr');
  await waitForOfflineShell(page);
  await goOffline(context);
  await page.locator('main form button').last().click();
  const main = page.getByRole('main');
  await expect(main).toContainText('auf diesem Gerät gespeichert');
  await expect(main).not.toContainText('ausschalten');
  await expect(main).toContainText('sobald eine Verbindung besteht und das Bürgerportal geöffnet ist');

  await goOnline(context);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(main).toContainText(/SPM-\d{4}-\d{6}/, { timeout: 20_000 });
  await expect(main).toContainText('Ihr Abholtag ist gebucht.');
  await expect(main).not.toContainText('sagt Ihnen den Abholtermin');
});
