import { expect, test } from '@playwright/test';
import { ApiClient } from '../server/test-support/api-client';
import { E2E_PORT } from './playwright.config';
import { heard, recordAnnouncements, type Announcement } from './support/announcements';
import { goOffline, goOnline } from './support/network';
import { browseAs } from './support/routed-request';

// The service worker is part of what this file meets (offline, reloads, the app's own requests):
// allowed here, blocked in the other specs (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/**
 * What a screen reader hears from live regions: the sync state (which is also the autosave
 * message, "Auf diesem Gerät gespeichert"), and the error summary. A MutationObserver injected
 * before the app starts records every change of a live region's text, as assistive technology
 * would announce it; each state must be announced exactly once — not per keystroke, not twice.
 */

const count = (list: Announcement[], text: string) => list.filter((a) => a.text === text).length;

test('sync state and autosave are announced once per change, errors once per failed submit', async ({ page, context }) => {
  const citizen = new ApiClient(`http://127.0.0.1:${E2E_PORT}`);
  await citizen.register('Lotte Lauscher');
  await browseAs(page, citizen);
  await recordAnnouncements(page);

  await page.goto('/sperrmuellkarte');
  await expect(page.getByRole('status').filter({ hasText: 'Alles gesendet' })).toBeVisible();
  await page.getByRole('button', { name: 'Jetzt beginnen' }).click();
  await expect(page).toHaveURL(/\/gegenstaende$/);

  // A failed submit: the error summary's alert speaks once, although focus moves to it too.
  await page.getByRole('button', { name: 'Weiter' }).press('Enter');
  await expect(page.locator('.error-summary')).toBeFocused();
  await page.waitForTimeout(300);
  let list = await heard(page);
  expect(list.filter((a) => a.region === 'alert'), JSON.stringify(list)).toHaveLength(1);
  expect(list.filter((a) => a.region === 'alert')[0].text).toMatch(/^Es gibt ein Problem/);

  // Ticking and typing: many local saves, one "saved on this device", then one "all sent".
  const before = list.length;
  await page.getByLabel('Möbel').check();
  await page.getByLabel('Holz').check();
  await page.getByRole('button', { name: 'Weiter' }).press('Enter');
  await expect(page).toHaveURL(/\/menge$/);
  await page.getByLabel('Wie viel Sperrmüll ist es?').pressSequentially('2,75', { delay: 80 });
  // On a fast machine saving and sending finish within the settle time, so the state never
  // visibly leaves "Alles gesendet" and nothing is said: that is right too (at most once each).
  await expect(page.getByRole('status').filter({ hasText: 'Alles gesendet' })).toBeVisible();
  await page.waitForTimeout(1500);
  list = (await heard(page)).slice(before);
  const syncTexts = list.filter((a) => a.region === 'status').map((a) => a.text);
  // No state is said twice in a row, and a burst of typing is one announcement, not one per key.
  expect(syncTexts.filter((t, i) => t === syncTexts[i - 1]), JSON.stringify(syncTexts)).toEqual([]);
  expect(count(list, 'Auf diesem Gerät gespeichert'), JSON.stringify(syncTexts)).toBeLessThanOrEqual(1);
  expect(count(list, 'Alles gesendet'), JSON.stringify(syncTexts)).toBeLessThanOrEqual(1);

  // Offline: the change waits, said once; back online: sent, said once.
  const offlineFrom = (await heard(page)).length;
  await goOffline(context);
  await page.getByLabel('Wie viel Sperrmüll ist es?').pressSequentially('5', { delay: 80 });
  await expect(page.getByRole('status').filter({ hasText: 'Warten auf Verbindung' })).toBeVisible();
  await page.waitForTimeout(1500);
  await goOnline(context);
  await expect(page.getByRole('status').filter({ hasText: 'Alles gesendet' })).toBeVisible({ timeout: 20_000 });
  await page.waitForTimeout(1500);
  list = (await heard(page)).slice(offlineFrom).filter((a) => a.region === 'status');
  expect(count(list, 'Warten auf Verbindung'), JSON.stringify(list)).toBe(1);
  expect(count(list, 'Alles gesendet'), JSON.stringify(list)).toBe(1);
});
