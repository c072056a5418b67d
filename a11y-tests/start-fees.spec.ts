import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

/** Issue 15, "Confusing": a fee-bearing service says its fee and rule before the citizen starts. */
test('fee-bearing services state their fee on the start page; free ones say nothing of fees', async ({ page }) => {
  await page.goto('/sperrmuellkarte');
  const fee = page.getByRole('region', { name: 'Gebühr' });
  await expect(fee).toContainText('Die Gebühr beträgt 20,00 € bis 2 m³, darüber 10,00 € je weiteren angefangenen m³.');
  await expect(fee).toContainText('online oder per Überweisung');
  await expectNoAxeViolations(page, 'Sperrmüllkarte Start mit Gebühr');
  await page.goto('/gartenwasserzaehler');
  await expect(page.getByRole('region', { name: 'Gebühr' })).toContainText('Die Gebühr beträgt 25,00 €.');
  await page.goto('/maengelmelder');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Gebühr' })).toHaveCount(0);
});

test('the start page explains leaving the portal once, not after every external offer', async ({ page }) => {
  await page.goto('/');
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: /externes Angebot/ }).first()).toBeVisible();
  await expect(main.getByText(/zu einer anderen Internetseite/)).toHaveCount(1);
});
