import { expect, test } from '@playwright/test';
import { ApiClient } from '../server/test-support/api-client';
import { E2E_PORT } from './playwright.config';
import { expectNoAxeViolations } from './support/axe';
import { waitForOfflineShell } from './support/citizen';
import { goOffline, goOnline } from './support/network';
import { browseAs, routedRequest } from './support/routed-request';

// The service worker is part of what this file meets (offline, reloads, the app's own requests):
// allowed here, blocked in the other specs (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/**
 * DESIGN.md's lifecycle: "withdrawn by the citizen before completion". The citizen confirms on
 * a page of its own, may do it offline, and the department sees it once the device is online;
 * a decided request offers no withdrawal.
 */
test('a citizen withdraws a sent request, offline, after confirming; the department sees it', async ({ page }) => {
  const { id, reference, citizen } = await routedRequest('Konrad-Adenauer-Platz', 'Wilma Widerruf');
  await browseAs(page, citizen);
  await page.goto(`/antraege/${id}`);
  await expect(page.getByRole('main')).toContainText(reference);
  await waitForOfflineShell(page);

  await goOffline(page.context());
  await page.getByRole('link', { name: 'Antrag zurückziehen' }).click();
  await expect(page).toHaveURL(new RegExp(`/antraege/${id}/zurueckziehen$`));
  await expect(page.locator('h1')).toHaveText('Möchten Sie Ihren Antrag zurückziehen?');
  await expect(page.locator('h1')).toBeFocused();
  // The pickup day it holds is named, and that it will go to others.
  await expect(page.getByRole('main')).toContainText('wird für andere frei');
  await expect(page.getByRole('main')).toContainText('Das Zurückziehen wird gesendet, sobald eine Verbindung besteht.');
  await expectNoAxeViolations(page, 'Antrag zurückziehen (offline)');

  // "No" changes nothing.
  await page.getByRole('link', { name: 'Nein, zurück zum Antrag' }).click();
  await expect(page).toHaveURL(new RegExp(`/antraege/${id}$`));
  await page.getByRole('link', { name: 'Antrag zurückziehen' }).click();
  await page.getByRole('button', { name: 'Ja, Antrag zurückziehen' }).click();
  await expect(page).toHaveURL(new RegExp(`/antraege/${id}$`));
  await expect(page.getByRole('main')).toContainText('Sie haben den Antrag zurückgezogen.');
  await expect(page.getByRole('link', { name: 'Antrag zurückziehen' })).toHaveCount(0);
  expect((await citizen.current(id))?.status).toBe('received');

  await goOnline(page.context());
  await expect.poll(async () => (await citizen.current(id))?.status, { timeout: 20_000 }).toBe('withdrawn');
  await expect(page.getByRole('main')).toContainText('Zurückgezogen');
  const clerk = new ApiClient(`http://127.0.0.1:${E2E_PORT}`);
  await clerk.login('abfall@stadt-werne.example', 'werne-demo-abfall');
  expect((await clerk.call('GET', `/api/clerk/requests/${id}`)).body.request.status).toBe('withdrawn');

  // Once withdrawn (as once decided), the page says it cannot be withdrawn again.
  await page.goto(`/antraege/${id}/zurueckziehen`);
  await expect(page.getByRole('main')).toContainText('Dieser Antrag kann nicht mehr zurückgezogen werden.');
  await expect(page.getByRole('button', { name: 'Ja, Antrag zurückziehen' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'Antrag nicht mehr zurückziehbar');
});
