import { expect, test } from '@playwright/test';
import { payingCitizen, sperrmuellDraftFor } from './support/payment-requests';

/**
 * Issue 15, "Broken" 1: states the device must not claim once the server has everything.
 */
test('paying online from the confirmation page leaves nothing "unsent" behind', async ({ page, baseURL }) => {
  const api = await payingCitizen(page, baseURL!, 'Paula Später');
  const id = await sperrmuellDraftFor(api);
  // Sent from the check page without choosing how to pay.
  await page.goto(`/sperrmuellkarte/${id}/pruefen`);
  const main = page.getByRole('main');
  await expect(main).toContainText('Gebühr: 30,00 €');
  await page.getByRole('button', { name: /Absenden/ }).click();
  await main.getByRole('link', { name: 'Jetzt bezahlen' }).click({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Weiter zur Bezahlung' }).click();
  await expect(page).not.toHaveURL(/\/antraege\//);
  await page.locator('button[name="outcome"][value="success"]').click();
  await expect(page.getByRole('region', { name: 'Vielen Dank. Die Gebühr ist bezahlt.' })).toBeVisible({ timeout: 20_000 });

  // The request is on the server (and paid): the device must say so and logout must not warn.
  const status = page.getByRole('status').first();
  await expect(status).toHaveText('Alles gesendet', { timeout: 20_000 });
  await page.goto('/meine-antraege');
  await expect(page.getByRole('status').first()).toHaveText('Alles gesendet', { timeout: 20_000 });
  await page.goto('/abmelden');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Abmelden');
  await expect(page.getByRole('main')).not.toContainText('noch nicht gesendet');
  // And it stays so after a reload (the pending record is kept in IndexedDB).
  await page.reload();
  await expect(page.getByRole('status').first()).toHaveText('Alles gesendet', { timeout: 20_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Abmelden');
});
