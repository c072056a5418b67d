import { expect, test } from '@playwright/test';
import { goOffline, goOnline } from './support/network';
import { registerCitizen, waitForOfflineShell } from './support/citizen';

/**
 * "Every keystroke is saved": a reload the very moment after typing — before the database
 * write can finish — still finds the text, again and again, also offline.
 */
test('a reload right after a keystroke keeps it', async ({ page, context }) => {
  await registerCitizen(page, 'Tim Tipp');
  await waitForOfflineShell(page);
  await goOffline(context);
  await page.goto('/sperrmuellkarte');
  await page.getByRole('button', { name: 'Jetzt beginnen' }).click();
  await page.getByLabel('Möbel').check();
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.getByLabel('Wie viel Sperrmüll ist es?').fill('2');
  await page.getByRole('button', { name: 'Weiter' }).click();
  const street = page.getByRole('combobox', { name: 'Straße' });
  const number = page.getByLabel('Hausnummer');
  for (const [s, n] of [['Markt', '1'], ['Steinstraße', '7'], ['Bonenstraße', '12a'], ['Lippestraße', '3'], ['Markt', '22']]) {
    await street.fill(s);
    await number.fill(n);
    await page.reload();
    await expect(street).toHaveValue(s);
    await expect(number).toHaveValue(n);
  }
  // Once stored in the database the journal empties again: nothing lingers in localStorage.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('bp-input-journal'))).toBeNull();
  await goOnline(context);
});
