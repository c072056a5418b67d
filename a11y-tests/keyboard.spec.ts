import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { logIn } from './support/citizen';
import { tabTo } from './support/keyboard';

async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    return style.outlineStyle !== 'none' || style.boxShadow !== 'none';
  });
}

test('the whole Sperrmüllkarte can be completed with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  // The skip link comes first.
  await expect(page.locator(':focus')).toHaveText(/Zum Inhalt springen/);

  await logIn(page, 'buergerin@example.org', 'werne-demo-buergerin');
  await expect(page).toHaveURL(/\/meine-antraege$/);
  await page.goto('/sperrmuellkarte');
  await tabTo(page, 'main button');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/gegenstaende$/);
  // After navigation focus lands on the page heading.
  await expect(page.locator('h1')).toBeFocused();

  await tabTo(page, '#field-items-moebel');
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Space');
  await tabTo(page, '#field-items-holz');
  await page.keyboard.press('Space');
  await tabTo(page, 'main form button[type="submit"]');
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/menge$/);
  await tabTo(page, '#field-volume');
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  // Error summary takes focus; its link leads to the field.
  await expect(page).toHaveTitle(/^Fehler: /);
  await tabTo(page, 'main a[href="#field-volume"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('#field-volume')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/adresse$/);
  // The demo citizen's address comes prefilled from the profile.
  await expect(page.locator('#field-street')).toHaveValue('Bonenstraße');
  await tabTo(page, 'main form button[type="submit"]');
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/termin$/);
  // The free pickup days of the district, as radios: arrow keys move and choose.
  await expect(page.locator('#field-pickupSlot')).toBeVisible();
  await tabTo(page, '#field-pickupSlot');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('input[name="pickupSlot"]:checked')).toHaveCount(1);
  await tabTo(page, 'main form button[type="submit"]');
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/telefon$/);
  await tabTo(page, 'main form button[type="submit"]');
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/pruefen$/);
  // Change a answer from the check page and come back to it.
  await tabTo(page, 'main a[href*="/menge"]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/menge/);
  await tabTo(page, '#field-volume');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/pruefen$/);
  await expect(page.getByRole('main')).toContainText('4 m³');
  // 20 € including 2 m³, plus two started m³ at 10 €.
  await expect(page.getByRole('main')).toContainText('40,00');
  await expectNoAxeViolations(page, 'Angaben prüfen (Tastatur)');
  await tabTo(page, 'main button');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/bestaetigung$/);
  await expect(page.getByRole('main')).toContainText(/SPM-\d{4}-\d{6}/, { timeout: 15_000 });
});
