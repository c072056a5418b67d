import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { payingCitizen, sperrmuellDraftFor } from './support/payment-requests';

/** Issue 15, "Confusing": the citizen's own requests first, drafts deletable with undo. */
test('Meine Anträge shows own requests first, and a draft can be deleted and brought back', async ({ page, baseURL }) => {
  const api = await payingCitizen(page, baseURL!, 'Dora Draft');
  const first = await sperrmuellDraftFor(api);
  const second = await sperrmuellDraftFor(api);
  await api.sendRouted();
  await page.goto('/meine-antraege');
  const main = page.getByRole('main');
  const headings = main.getByRole('heading', { level: 2 });
  await expect(headings).toHaveText(['Laufende Anträge', 'Entwürfe', 'Neuen Antrag stellen'], { timeout: 20_000 });
  const drafts = page.getByRole('region', { name: 'Entwürfe' }).getByRole('listitem');
  await expect(drafts).toHaveCount(2);

  await drafts.first().getByRole('button', { name: /Entwurf löschen/ }).click();
  await expect(drafts).toHaveCount(1);
  const banner = page.getByRole('region', { name: 'Entwurf gelöscht' });
  await expect(banner).toContainText('Der Entwurf ist gelöscht: Sperrmüllkarte.');
  await expect(page.locator('#undo-delete')).toBeFocused();
  await expectNoAxeViolations(page, 'Meine Anträge: Entwurf gelöscht');
  await page.locator('#undo-delete').click();
  await expect(drafts).toHaveCount(2);
  await expect(banner).toHaveCount(0);

  // Deleted for good: gone on the server too, and after a reload.
  await drafts.first().getByRole('button', { name: /Entwurf löschen/ }).click();
  await expect(drafts).toHaveCount(1);
  await expect(page.getByRole('status').first()).toHaveText('Alles gesendet', { timeout: 20_000 });
  const left = [await api.current(first), await api.current(second)].filter((d) => d && !d._deleted);
  expect(left).toHaveLength(1);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Entwürfe' }).getByRole('listitem')).toHaveCount(1);
});
