import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { formatBytes } from '../domain/files/file-rules';
import { expectNoAxeViolations } from './support/axe';
import { logIn, registerCitizen, waitForOfflineShell } from './support/citizen';
import { goOffline, goOnline } from './support/network';

// The service worker is part of what this file meets (offline, reloads, the app's own requests):
// allowed here, blocked in the other specs (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/** A real photo-sized PNG (random pixels do not compress): about 300 KB, two upload pieces. */
function photo(): Buffer {
  const png = new PNG({ width: 280, height: 280 });
  for (let i = 0; i < png.data.length; i++) png.data[i] = Math.floor(Math.random() * 256);
  return PNG.sync.write(png);
}

async function continueTo(page: Page, url: RegExp): Promise<void> {
  await page.locator('main form button[type="submit"]').last().click();
  await expect(page).toHaveURL(url);
}

/**
 * Sends the page and goes on to `next`, within the app as a citizen does; where the form returns
 * to its task list instead, `next` is opened from there by address (a full load of every page
 * started the app anew each time, which cost seconds for nothing).
 */
async function continueOn(page: Page, base: string, next: string): Promise<void> {
  await continueTo(page, new RegExp(`/(${next}|aufgaben)$`));
  if (!page.url().endsWith(`/${next}`)) await page.goto(`${base}/${next}`);
}

/** Mängelmelder for illegal dumping, filled page by page up to the photo question; returns its base path. */
async function fillReportUpToPhotos(page: Page): Promise<string> {
  await page.goto('/maengelmelder');
  await page.getByRole('button', { name: 'Jetzt beginnen' }).click();
  await expect(page).toHaveURL(/\/maengelmelder\/[0-9a-f-]{36}\//);
  const base = page.url().match(/\/maengelmelder\/[0-9a-f-]{36}/)![0];
  await page.locator('main a[href$="/kategorie"]').click();
  await expect(page).toHaveURL(/\/kategorie$/);
  await page.getByLabel('Wilder Müll').check();
  await continueOn(page, base, 'ort-art');
  await page.getByLabel('Mit einer Adresse').check();
  await continueOn(page, base, 'adresse');
  await page.getByRole('combobox', { name: 'Straße' }).fill('Bonenstraße');
  await continueOn(page, base, 'beschreibung');
  await page.getByLabel('Beschreiben Sie das Problem').fill('Alte Matratzen und Farbeimer am Straßenrand.');
  await continueOn(page, base, 'fotos');
  return base;
}

/**
 * Issue #3's file upload, offline → online: a citizen reporting illegal dumping chooses a photo
 * without network, reloads, finds it still there, reconnects and watches it upload, sends the
 * report; the waste department's clerk downloads exactly that photo.
 */
test('a photo chosen offline survives a reload, uploads when online, and the clerk opens it', async ({ page, context, browser }) => {
  const bytes = photo();
  await registerCitizen(page, 'Frieda Foto');
  await waitForOfflineShell(page);

  await goOffline(context);
  const base = await fillReportUpToPhotos(page);

  const input = page.getByLabel('Fotos hochladen (freiwillig)');
  // Checked on the device first: a text file named for what it is never gets in.
  await input.setInputFiles({ name: 'notiz.txt', mimeType: 'text/plain', buffer: Buffer.from('Hallo') });
  await expect(page.getByRole('main')).toContainText('notiz.txt wurde nicht hinzugefügt: Die Datei muss JPG, PNG, WEBP oder HEIC sein.');
  await expectNoAxeViolations(page, 'Fotos (Datei abgelehnt)');
  await input.setInputFiles({ name: 'muell-am-weg.png', mimeType: 'image/png', buffer: bytes });
  const item = page.locator('.file-list__item', { hasText: 'muell-am-weg.png' });
  await expect(item).toContainText('Auf diesem Gerät gespeichert, wird hochgeladen, sobald eine Verbindung besteht');
  await expect(page.getByRole('main')).not.toContainText('notiz.txt wurde nicht hinzugefügt');
  await expectNoAxeViolations(page, 'Fotos (offline, gespeichert)');

  // Reloaded without network: the photo is still on the device.
  await page.reload();
  await expect(item).toContainText('Auf diesem Gerät gespeichert');
  await expect(item).toContainText(`Größe: ${formatBytes(bytes.length)}`);

  // Offline, a language is there if the device keeps it: German and Leichte Sprache are precached,
  // English comes on choice (issue 17) and says so instead of switching half-way.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByText('English konnte nicht geladen werden.')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(item).toBeVisible();
  for (const [button, lang] of [['Leichte Sprache', 'de-x-easy'], ['Deutsch', 'de']] as const) {
    await page.getByRole('button', { name: button }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(item).toBeVisible();
    await expectNoAxeViolations(page, `Fotos (${lang})`);
  }

  // ——— the connection returns: the queue uploads by itself, and says so ———
  await goOnline(context);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(item).toContainText('Hochgeladen', { timeout: 20_000 });
  await expect(page.locator('[aria-live="polite"]', { hasText: 'muell-am-weg.png ist hochgeladen.' })).toHaveCount(1);
  await expectNoAxeViolations(page, 'Fotos (hochgeladen)');

  await continueOn(page, base, 'rueckmeldung');
  await page.getByLabel('Nein').check();
  await continueOn(page, base, 'pruefen');
  await expect(page.getByRole('main')).toContainText('muell-am-weg.png'); // the check page names the files
  await page.getByRole('button', { name: /Absenden|senden/i }).click();
  await expect(page).toHaveURL(/\/bestaetigung$/);
  await expect(page.getByRole('main')).toContainText(/MM-\d{4}-\d{6}/, { timeout: 20_000 });
  const reference = (await page.getByRole('main').innerText()).match(/MM-\d{4}-\d{6}/)![0];

  // ——— the waste department's clerk downloads the very same photo ———
  const clerkContext = await browser.newContext();
  const clerk = await clerkContext.newPage();
  await logIn(clerk, 'abfall@stadt-werne.example', 'werne-demo-abfall');
  await expect(clerk).toHaveURL(/\/sachbearbeitung$/);
  await clerk.getByRole('link', { name: reference }).click();
  const attachments = clerk.getByRole('table', { name: 'Anhänge des Antrags' });
  await expect(attachments).toContainText('muell-am-weg.png');
  await expectNoAxeViolations(clerk, 'Antrag mit Anhängen');
  const [download] = await Promise.all([
    clerk.waitForEvent('download'),
    clerk.getByRole('link', { name: 'muell-am-weg.png herunterladen' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('muell-am-weg.png');
  expect(readFileSync((await download.path())!).equals(bytes)).toBe(true);
  await clerkContext.close();
});

/**
 * "Absenden" before the photo could be uploaded (all offline): the device holds the request back
 * until its photo is on the server, so the report is routed with it, not sent back.
 */
test('a report sent offline waits for its photo, then is routed with it', async ({ page, context }) => {
  const bytes = photo();
  await registerCitizen(page, 'Olaf Offline');
  await waitForOfflineShell(page);
  await goOffline(context);
  const base = await fillReportUpToPhotos(page);
  await page.getByLabel('Fotos hochladen (freiwillig)').setInputFiles({ name: 'graffiti.png', mimeType: 'image/png', buffer: bytes });
  await expect(page.locator('.file-list__item', { hasText: 'graffiti.png' })).toContainText('Auf diesem Gerät gespeichert');
  await page.goto(`${base}/rueckmeldung`);
  await page.getByLabel('Nein').check();
  await continueOn(page, base, 'pruefen');
  await page.getByRole('button', { name: /Absenden|senden/i }).click();
  await expect(page).toHaveURL(/\/bestaetigung$/);

  await goOnline(context);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(page.getByRole('main')).toContainText(/MM-\d{4}-\d{6}/, { timeout: 30_000 });
  const id = base.split('/').pop()!;
  const files = await page.request.get(`/api/files?request=${id}`);
  expect((await files.json()).files).toEqual([expect.objectContaining({ name: 'graffiti.png', state: 'complete', size: bytes.length })]);
  await page.goto(`/antraege/${id}`);
  await expect(page.getByRole('main')).not.toContainText('noch nicht hochgeladen');
});
