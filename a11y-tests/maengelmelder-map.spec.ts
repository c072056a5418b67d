import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { ApiClient, eventually, submitted } from '../server/test-support/api-client';
import { logIn, registerCitizen, waitForOfflineShell } from './support/citizen';
import { maengelmelderDraft } from './support/map-fixtures';

// The service worker is part of what this file meets (offline, reloads, the app's own requests):
// allowed here, blocked in the other specs (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

async function continueTo(page: Page, url: RegExp): Promise<void> {
  await page.locator('main form button[type="submit"]').last().click();
  await expect(page).toHaveURL(url);
}

/** Starts a Mängelmelder of this category, placed by position, and opens the map page; answers the draft's address. */
async function openPositionPage(page: Page, category: string): Promise<string> {
  await page.goto('/maengelmelder');
  await page.getByRole('button', { name: 'Jetzt beginnen' }).click();
  await expect(page).toHaveURL(/\/maengelmelder\/[0-9a-f-]{36}\//);
  const base = page.url().match(/\/maengelmelder\/[0-9a-f-]{36}/)![0];
  // Within the app from here on, as a citizen goes: a full load of each page started the app anew.
  await page.locator('main a[href$="/kategorie"]').click();
  await expect(page).toHaveURL(/\/kategorie$/);
  await page.getByLabel(category).check();
  await continueTo(page, /\/(ort-art|aufgaben)$/);
  if (!page.url().endsWith('/ort-art')) await page.goto(`${base}/ort-art`);
  await page.getByLabel(/Mit meinem Standort/).check();
  await continueTo(page, /\/(position|aufgaben)$/);
  if (!page.url().endsWith('/position')) await page.goto(`${base}/position`);
  return base;
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
  const base = await openPositionPage(page, 'Schlagloch');

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
  // …and reads the address: the street at the pin (two steps east of the market square, by the
  // old town's eastern wall), worked out on the device and announced as a status.
  const street = page.locator('#field-position-map-street');
  await expect(street).toHaveRole('status');
  await expect(street).toHaveText('Nächste Straße: Ostmauer (Werne-Mitte)');
  await expect(map).toHaveAccessibleDescription(/Nächste Straße: Ostmauer \(Werne-Mitte\)/);
  await field.fill('51.72000, 7.60000');
  await expect(street).toHaveText('Keine bekannte Straße in der Nähe.');

  // Typed into the field: the map follows, and the text says so.
  await field.fill('51.66000, 7.64000');
  await expect(page.getByText('Gewählter Ort: 51.66000, 7.64000')).toBeVisible();
  await expect(street).toHaveText('Nächste Straße: Hansaring (Werne-Mitte)');
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

/** A spot near Werne's Marktplatz that only this test reports on. */
const SIGN = { latitude: 51.6642, longitude: 7.6348 };

/**
 * Issue 15: "nearby open reports (public, without personal data) shown so a citizen can add
 * 'me too' instead of a duplicate", "the device's position as a start", and "the service worker
 * keeps tiles it has shown within a size limit". One journey: another citizen's routed report is
 * listed and marked on the map after the device's position is taken (on the button, not on
 * load); "Ich auch" counts once; the tiles shown are kept on the device, and no more than the
 * limit however many are fetched; the clerk sees the place on the same map, read-only.
 */
test('nearby reports on the map, "Ich auch" counted once, and the tiles kept within a limit', async ({ browser, baseURL }) => {
  const other = new ApiClient(baseURL!);
  await other.register('Olaf Ortskundig');
  const sign = submitted(maengelmelderDraft({ category: 'schild', locateBy: 'position', position: `${SIGN.latitude}, ${SIGN.longitude}`, description: 'Stoppschild umgeknickt, Olaf', wantsFeedback: 'nein' }));
  await other.push([{ assumedMasterState: null, newDocumentState: sign }]);
  await eventually(async () => (await other.current(sign.id))?.status === 'received', 15_000, 'routing');

  // The device is some 50 m from the sign (as the list rounds it); the browser would tell only after the button is pressed.
  const context = await browser.newContext({ baseURL, locale: 'de-DE', geolocation: { latitude: 51.66372, longitude: 7.63447 }, permissions: ['geolocation'] });
  const page = await context.newPage();
  await registerCitizen(page, 'Ida Ichauch');
  await waitForOfflineShell(page);
  await openPositionPage(page, 'Verkehrsschild beschädigt');
  const field = page.getByLabel('Wo ist das Problem?');
  await expect(field).toHaveValue('');

  await page.getByRole('button', { name: 'Meinen Standort verwenden' }).click();
  await expect(field).toHaveValue('51.66372, 7.63447');
  const nearby = page.getByRole('region', { name: 'Schon gemeldet in der Nähe' });
  const item = nearby.getByRole('listitem').filter({ hasText: 'Verkehrsschild beschädigt, etwa 50 m entfernt' });
  await expect(item).toContainText('Eingegangen · Meldungen: 1');
  // Nothing personal of the other citizen reaches this page.
  await expect(page.getByRole('main')).not.toContainText('Olaf');
  // Each listed report is marked on the map with its number in the list.
  const number = await item.locator('.nearby-reports__number').textContent();
  await expect(page.locator('.map-picker__report', { hasText: new RegExp(`^${number}$`) })).toHaveCount(1);
  await expectNoAxeViolations(page, 'Mängelmelder Karte mit Meldungen in der Nähe');

  const meToo = item.getByRole('button', { name: /^Ich auch\s?: Verkehrsschild beschädigt/ });
  await meToo.click();
  await expect(nearby.getByRole('status')).toHaveText('Danke, Sie sind mitgezählt (Meldungen: 2). Sie müssen zu diesem Problem nichts weiter senden.');
  await expect(item).toContainText('Meldungen: 2');
  await expect(meToo).toBeDisabled();
  // A second press from this citizen (say, from a second device) does not count again.
  const again = await page.request.post(`/api/karte/meldungen/${sign.id}/ich-auch`, { data: {} });
  expect(await again.json()).toEqual({ count: 2, counted: false });

  // The tiles shown are kept on the device…
  const cached = () => page.evaluate(async () => (await (await caches.open('bp-user-map-tiles')).keys()).map((r) => new URL(r.url).pathname));
  await expect.poll(async () => (await cached()).length).toBeGreaterThan(0);
  const shown = await page.locator('img.leaflet-tile').evaluateAll((imgs) => imgs.map((img) => new URL((img as HTMLImageElement).src).pathname));
  expect((await cached()).filter((p) => shown.includes(p)).length).toBeGreaterThan(0);
  // …and however many tiles pass, the cache stays within its limit, dropping the oldest first.
  await page.evaluate(async () => {
    await Promise.all(Array.from({ length: 150 }, (_, x) => fetch(`/api/karte/kacheln/10/${x}/5`)));
    for (let x = 150; x < 160; x++) await fetch(`/api/karte/kacheln/10/${x}/5`);
  });
  await expect.poll(async () => (await cached()).length, { timeout: 15_000 }).toBe(150);
  const after = await cached();
  for (let x = 150; x < 160; x++) expect(after).toContain(`/api/karte/kacheln/10/${x}/5`);
  await context.close();

  // The clerk sees the same map on the case, the reported point under the pin, nothing to move.
  const office = await browser.newContext({ baseURL, locale: 'de-DE' });
  const clerk = await office.newPage();
  await logIn(clerk, 'tiefbau@stadt-werne.example', 'werne-demo-tiefbau');
  await expect(clerk).toHaveURL(/\/sachbearbeitung/);
  await clerk.goto(`/sachbearbeitung/${sign.id}`);
  const place = clerk.getByRole('figure');
  await expect(place).toContainText('Gemeldeter Ort (auf der Karte in der Mitte): 51.66420, 7.63480');
  const caseTile = place.locator('img.leaflet-tile').first();
  await expect(caseTile).toHaveAttribute('src', /^\/api\/karte\/kacheln\/17\/\d+\/\d+$/);
  await expect(place.locator('.leaflet-container.leaflet-grab')).toHaveCount(0);
  await expectNoAxeViolations(clerk, 'Fall mit Karte');
  await office.close();
});
