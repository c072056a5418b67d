import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';


const STOCKUM_DECEMBER = '/abfallkalender?strasse=Stockumer%20Stra%C3%9Fe&monat=2026-12';

test('Christmas Eve and New Year\'s Eve are moves, not holidays; every bin has its name beside its colour', async ({ page }) => {
  await page.goto(STOCKUM_DECEMBER);
  const table = page.getByRole('table');
  await expect(table.locator('caption')).toContainText('Dezember 2026');
  // Stockum's Thursday Restmüll of 24 December goes to the 23rd: the city's own move, no holiday.
  const eve = table.locator('tbody tr').filter({ hasText: '23. Dezember 2026' });
  await expect(eve).toContainText('Restmüll (graue Tonne) – verlegt vom Donnerstag, 24. Dezember 2026');
  await expect(table).not.toContainText('24. Dezember 2026 (Feiertag)');
  await expect(table).not.toContainText('31. Dezember 2026 (Feiertag)');
  // A real holiday still says so: Friday 25 December's pickups (a Friday route) move past the 26th.
  await page.goto('/abfallkalender?strasse=Langerner%20Stra%C3%9Fe&monat=2026-12');
  await expect(page.getByRole('table')).toContainText('(Feiertag)');
  // Colour never alone: every mark is decoration beside the bin's written name.
  const marks = page.locator('main .bin__mark');
  expect(await marks.count()).toBeGreaterThan(3);
  for (const bin of await page.locator('main table .bin').all()) {
    await expect(bin.locator('.bin__mark')).toHaveAttribute('aria-hidden', 'true');
    await expect(bin).toHaveText(/(Restmüll|Bioabfall|Papier|Verpackungen) \(\w+ Tonne\)/);
  }
});

test('filter by bin: page, download (with reminders) and the subscribable feed all hold only the chosen bins', async ({ page }) => {
  await page.goto('/abfallkalender?strasse=Steinstra%C3%9Fe');
  await expect(page.getByRole('group', { name: 'Welche Tonnen möchten Sie sehen?' })).toBeVisible();
  // Nothing ticked: a clear error, nothing changes.
  for (const name of ['Restmüll', 'Bioabfall', 'Papier', 'Verpackungen']) await page.getByRole('checkbox', { name: new RegExp(name) }).uncheck();
  await page.getByRole('button', { name: 'Auswahl anzeigen' }).click();
  await expect(page.locator('#waste-types-error')).toContainText('Wählen Sie mindestens eine Tonne.');
  await expectNoAxeViolations(page, 'Abfallkalender Filter mit Fehler');
  await page.getByRole('checkbox', { name: /Papier/ }).check();
  await page.getByRole('button', { name: 'Auswahl anzeigen' }).click();
  await expect(page).toHaveURL(/arten=papier/);
  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows.first()).toContainText('Papier (blaue Tonne)');
  await expect(page.getByRole('table')).not.toContainText(/Restmüll|Bioabfall|Verpackungen/);
  await expect(page.locator('.waste-next')).not.toContainText(/Restmüll|Bioabfall|Verpackungen/);
  await expectNoAxeViolations(page, 'Abfallkalender nur Papier');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Kalenderdatei herunterladen' }).click()]);
  const ics = readFileSync((await download.path())!, 'utf8');
  const events = (ics.match(/BEGIN:VEVENT/g) ?? []).length;
  expect(events).toBeGreaterThan(3);
  expect((ics.match(/SUMMARY:Papier \(blaue Tonne\) – Steinstraße/g) ?? []).length).toBe(events);
  expect((ics.match(/BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT5H\r\nDESCRIPTION:Morgen wird abgeholt: Papier/g) ?? []).length).toBe(events);

  // The subscription: a webcal: link to the server's feed for this street and these bins.
  const link = page.getByRole('link', { name: 'Abfallkalender Steinstraße abonnieren' });
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/^webcal:\/\/127\.0\.0\.1:\d+\/api\/abfallkalender\/Steinstra%C3%9Fe\.ics\?arten=papier$/);
  await expect(page.getByLabel('Adresse für Ihr Kalenderprogramm')).toHaveValue(href.replace(/^webcal:/, 'http:'));
  const feed = await page.request.get(href.replace(/^webcal:/, 'http:'));
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const served = await feed.text();
  expect((served.match(/BEGIN:VEVENT/g) ?? []).length).toBe(events);
  expect(served).not.toMatch(/Restmüll|Bioabfall|Verpackungen/);
});

test('the year overview prints on one A4 page', async ({ page }) => {
  await page.goto('/abfallkalender?strasse=Steinstra%C3%9Fe&monat=2027-03');
  await page.getByRole('link', { name: 'Jahresübersicht zum Ausdrucken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Abfuhrtermine 2027: Steinstraße');
  await expect(page.locator('main h1')).toBeFocused();
  await expect(page.locator('.waste-year__month')).toHaveCount(12);
  await expect(page.locator('.waste-year__month').first().locator('caption')).toHaveText('Januar 2027');
  await expectNoAxeViolations(page, 'Jahresübersicht');
  // Every bin of every month on paper; header, footer and buttons are not.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Jahresübersicht drucken' })).toBeHidden();
  const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages).toHaveLength(1);
});

// The filtered month (Stockum, December, two bins) and the year overview are checked with axe in
// every language, viewport and colour scheme by the matrix (screens.ts: waste-calendar-street,
// waste-year); the German walk above checks what they do.
