import { expect, test } from '@playwright/test';
import { noisyPng } from '../server/test-support/file-test-service';
import { expectNoAxeViolations } from './support/axe';
import { registerCitizen, waitForOfflineShell } from './support/citizen';
import { goOffline } from './support/network';

// The service worker is part of what this file meets (offline, reloads, the app's own requests):
// allowed here, blocked in the other specs (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/**
 * Issue 15, "Confusing": the file question is a styled control (the native input stays the
 * control) and shows a preview of each photo, so the citizen can see the meter is legible —
 * offline too, and after a reload, from the photo kept on the device.
 */
test('a chosen photo is previewed offline, still after a reload, and removed with its preview', async ({ page, context }) => {
  await registerCitizen(page, 'Vera Vorschau');
  await waitForOfflineShell(page);
  await goOffline(context);
  await page.goto('/gartenwasserzaehler');
  await page.getByRole('button', { name: 'Jetzt beginnen' }).click();
  await expect(page).toHaveURL(/\/aufgaben$/);
  await page.goto(page.url().replace(/\/aufgaben$/, '/foto-zaehler'));

  const input = page.getByLabel('Laden Sie ein Foto des Zählers hoch');
  // Styled, yet the native input: a dashed frame and a button drawn like a GOV.UK secondary button.
  const look = await input.evaluate((el) => {
    const button = getComputedStyle(el, '::file-selector-button');
    return { frame: getComputedStyle(el).borderTopStyle, weight: button.fontWeight, shadow: button.boxShadow };
  });
  expect(look.frame).toBe('dashed');
  expect(Number(look.weight)).toBeGreaterThanOrEqual(700);
  expect(look.shadow).not.toBe('none');

  await input.setInputFiles({ name: 'zaehler.png', mimeType: 'image/png', buffer: noisyPng(160) });
  const preview = page.getByRole('img', { name: 'Vorschau von zaehler.png' });
  await expect(preview).toBeVisible();
  const drawn = () => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth);
  await expect.poll(drawn).toBe(160);
  await expect(page.locator('.file-list__item')).toContainText('zaehler.png');
  await expectNoAxeViolations(page, 'Foto mit Vorschau (offline)');

  await page.reload();
  await expect(preview).toBeVisible();
  await expect.poll(drawn).toBe(160);

  await page.getByRole('button', { name: 'Entfernen zaehler.png' }).click();
  await expect(preview).toHaveCount(0);
  await expect(page.locator('.file-list__item')).toHaveCount(0);
  await expect(input).toBeFocused();
});
