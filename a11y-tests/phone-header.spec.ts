import { expect, test } from '@playwright/test';
import { ApiClient } from '../server/test-support/api-client';
import { E2E_PORT } from './playwright.config';
import { browseAs } from './support/routed-request';

/**
 * Issue 15, "Confusing": on a phone the header took ~300 px (3–4 rows) before the first heading.
 * Now the menu folds behind one "Menü" button there (GOV.UK header pattern), usable by keyboard;
 * on a wide screen the menu stays open as before.
 */
test.use({ viewport: { width: 360, height: 740 } });

test('on a phone the first heading starts high, and the menu opens and closes by keyboard', async ({ page }) => {
  const citizen = new ApiClient(`http://127.0.0.1:${E2E_PORT}`);
  await citizen.register('Petra Phone');
  await browseAs(page, citizen);
  await page.goto('/meine-antraege');
  await expect(page.getByRole('status').first()).toHaveText('Alles gesendet', { timeout: 20_000 });
  const heading = page.getByRole('heading', { level: 1 });
  const top = (await heading.boundingBox())!.y;
  console.log(`first heading at ${Math.round(top)} px on a 360 px phone`);
  expect(top).toBeLessThanOrEqual(200);

  const menu = page.getByRole('button', { name: 'Menü' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('link', { name: 'Abfallkalender' })).toBeHidden();
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Mein Bereich' })).toBeFocused();
  await page.getByRole('link', { name: 'Abfallkalender' }).click();
  await expect(heading).toContainText('Abfallkalender');
  // A new page closes the menu again, and the heading is back near the top.
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
});

test('on a wide screen the menu is shown as links, without a Menü button', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Abfallkalender' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Menü' })).toHaveCount(0);
});
