import { expect, test } from '@playwright/test';
import { ApiClient } from '../server/test-support/api-client';
import { E2E_PORT } from './playwright.config';
import { heard, recordAnnouncements } from './support/announcements';
import { waitForOfflineShell } from './support/citizen';
import { goOffline, goOnline } from './support/network';
import { browseAs } from './support/routed-request';

// The service worker is part of what this file meets (offline, reloads, the app's own requests):
// allowed here, blocked in the other specs (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/**
 * Issue 15, "Confusing": there is a clear offline banner (GOV.UK notification banner), said once
 * politely when the connection drops and not again on each page opened while offline, and the
 * sync state is a visible tag rather than a small grey line.
 */
test('going offline shows a banner, announced once, that stays across pages and goes when back online', async ({ page, context }) => {
  const citizen = new ApiClient(`http://127.0.0.1:${E2E_PORT}`);
  await citizen.register('Olga Offline');
  await browseAs(page, citizen);
  await recordAnnouncements(page);
  await page.goto('/meine-antraege');
  await expect(page.getByRole('status').first()).toHaveText('Alles gesendet', { timeout: 20_000 });
  await waitForOfflineShell(page);
  const banner = page.getByRole('region', { name: 'Keine Verbindung' });
  await expect(banner).toHaveCount(0);

  await goOffline(context);
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Sie sind offline.');
  await expect(banner).toContainText('Ihre Eingaben bleiben auf diesem Gerät gespeichert');
  // Above the page's content: the first thing after the header.
  const bannerBox = (await banner.boundingBox())!;
  const headingBox = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
  expect(bannerBox.y).toBeLessThan(headingBox.y);

  // Two more pages, opened as people do (links), while offline: the banner stays, said once.
  await page.getByRole('link', { name: 'Abfallkalender' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Abfallkalender');
  await expect(banner).toBeVisible();
  await page.getByRole('link', { name: 'Meine Anträge' }).first().click();
  await expect(page).toHaveURL(/\/meine-antraege$/);
  await expect(banner).toBeVisible();
  await page.waitForTimeout(500);
  const said = (await heard(page)).filter((a) => a.text.includes('Sie sind offline.'));
  expect(said, JSON.stringify(said)).toHaveLength(1);
  expect(said[0].region).toBe('live-polite');

  await goOnline(context);
  await expect(banner).toHaveCount(0, { timeout: 20_000 });
});

test('a visitor who is not signed in is told what works offline', async ({ page, context }) => {
  await page.goto('/');
  await waitForOfflineShell(page);
  await goOffline(context);
  const banner = page.getByRole('region', { name: 'Keine Verbindung' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Zum Anmelden und Senden brauchen Sie eine Verbindung.');
});

test('the sync state is a tag in the text colour with a shape, not a small grey line', async ({ page, context }) => {
  const citizen = new ApiClient(`http://127.0.0.1:${E2E_PORT}`);
  await citizen.register('Tara Tag');
  await browseAs(page, citizen);
  await page.goto('/meine-antraege');
  const status = page.getByRole('status').first();
  await expect(status).toHaveText('Alles gesendet', { timeout: 20_000 });
  const look = (): Promise<{ colour: string; text: string; size: number; border: string; icon: string }> =>
    status.evaluate((el) => {
      const style = getComputedStyle(el);
      const icon = getComputedStyle(el, '::before').content;
      return { colour: style.color, text: getComputedStyle(document.body).color, size: parseFloat(style.fontSize), border: style.borderTopStyle, icon };
    });
  const seen = await look();
  expect(seen.colour).toBe(seen.text);
  expect(seen.size).toBeGreaterThanOrEqual(16);
  expect(seen.border).toBe('solid');
  expect(seen.icon).not.toBe('none');
  // Not colour alone: each state has its own shape (hidden from screen readers: the text says it).
  await waitForOfflineShell(page);
  await goOffline(context);
  await page.goto('/sperrmuellkarte');
  await page.getByRole('button', { name: 'Jetzt beginnen' }).click();
  await expect(status).toHaveText('Warten auf Verbindung');
  const waiting = await look();
  expect(waiting.colour).toBe(waiting.text);
  expect(waiting.icon).not.toBe('none');
  expect(waiting.icon).not.toBe(seen.icon);
});
