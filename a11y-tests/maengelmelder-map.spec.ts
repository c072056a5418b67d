import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { registerCitizen } from './support/citizen';

async function continueTo(page: Page, url: RegExp): Promise<void> {
  await page.locator('main form button[type="submit"]').last().click();
  await expect(page).toHaveURL(url);
}

const position = (text: string) => text.split(',').map((part) => Number(part.trim()));

/**
 * Issue 15, "Mängelmelder with a map": the place is set on a map whose tiles come from the
 * configured tile service (here the portal's built-in tile sandbox on loopback, through the
 * portal's own origin), usable with the keyboard alone; the text field stays the accessible way
 * and shows the chosen point.
 */
test('the position is chosen on a map by keyboard and mouse, and written into the field', async ({ page }) => {
  await registerCitizen(page, 'Karl Karte');
  await page.goto('/maengelmelder');
  await page.getByRole('button', { name: 'Jetzt beginnen' }).click();
  await expect(page).toHaveURL(/\/maengelmelder\/[0-9a-f-]{36}\//);
  const base = page.url().match(/\/maengelmelder\/[0-9a-f-]{36}/)![0];
  await page.goto(`${base}/kategorie`);
  await page.getByLabel('Schlagloch').check();
  await continueTo(page, /\/(ort-art|aufgaben)$/);
  await page.goto(`${base}/ort-art`);
  await page.getByLabel(/Mit meinem Standort/).check();
  await continueTo(page, /\/(position|aufgaben)$/);
  await page.goto(`${base}/position`);

  const field = page.getByLabel('Wo ist das Problem?');
  const map = page.getByRole('application', { name: 'Karte' });
  await expect(map).toBeVisible();
  // Real tiles, drawn: fetched from the portal, which took them from the tile server.
  const tile = map.locator('img.leaflet-tile').first();
  await expect(tile).toHaveAttribute('src', /^\/api\/karte\/kacheln\/16\/\d+\/\d+$/);
  await expect.poll(() => tile.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(256);
  await expect(page.getByText('Noch kein Ort gewählt.')).toBeVisible();
  await expectNoAxeViolations(page, 'Mängelmelder Standort mit Karte');

  // Keyboard alone: Tab reaches the map, arrow keys move it, the point under the pin is entered.
  await field.focus();
  let reached = false;
  for (let i = 0; i < 8 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await map.evaluate((el) => el === document.activeElement);
  }
  expect(reached, 'Tab reaches the map').toBe(true);
  await page.keyboard.press('ArrowRight');
  await expect(field).toHaveValue(/^51\.\d{5}, 7\.\d{5}$/);
  const [lat1, lon1] = position(await field.inputValue());
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => position(await field.inputValue())[1]).toBeGreaterThan(lon1);
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => position(await field.inputValue())[0]).toBeGreaterThan(lat1);
  const [lat2, lon2] = position(await field.inputValue());
  await expect(page.getByText(`Gewählter Ort: ${lat2.toFixed(5)}, ${lon2.toFixed(5)}`)).toBeVisible();

  // Typed into the field: the map follows, and the text says so.
  await field.fill('51.66000, 7.64000');
  await expect(page.getByText('Gewählter Ort: 51.66000, 7.64000')).toBeVisible();
  // A click on the map moves the point there (east of the middle: a larger longitude).
  const box = (await map.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.8, box.y + box.height / 2);
  await expect.poll(async () => position(await field.inputValue())[1]).toBeGreaterThan(7.64);

  await continueTo(page, /\/(beschreibung|aufgaben)$/);
  await page.goto(`${base}/position`);
  await expect(field).toHaveValue(/^51\.\d{5}, 7\.6[4-9]\d{3}$/);
});

test('the tile route refuses what is not a tile with a clear error', async ({ request }) => {
  const bad = await request.get('/api/karte/kacheln/3/99/1');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).message).toContain('Diese Kachel gibt es nicht');
  const good = await request.get('/api/karte/kacheln/3/4/2');
  expect(good.status()).toBe(200);
  expect(good.headers()['content-type']).toBe('image/png');
});
