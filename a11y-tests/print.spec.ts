import { expect, test } from '@playwright/test';
import { payingCitizen } from './support/payment-requests';

/** Issue 15, "Confusing": request, invoice and confirmation print as content only. */
test('the request, its invoice and its confirmation print without the portal around them', async ({ page, baseURL }) => {
  const api = await payingCitizen(page, baseURL!, 'Paul Papier');
  const id = await api.sendRouted();
  for (const path of [`/antraege/${id}`, `/antraege/${id}/rechnung`, `/sperrmuellkarte/${id}/bestaetigung`]) {
    await page.goto(path);
    await expect(page.getByRole('main')).toContainText(/SPM-\d{4}-\d{6}/, { timeout: 20_000 });
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.header')).toBeHidden();
    await expect(page.locator('.footer')).toBeHidden();
    await expect(page.locator('main button, main .button').first()).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.header')).toBeVisible();
  }
});
