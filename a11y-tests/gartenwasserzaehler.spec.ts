import { PNG } from 'pngjs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { registerCitizen } from './support/citizen';

function smallPhoto(): Buffer {
  const png = new PNG({ width: 64, height: 64 });
  for (let i = 0; i < png.data.length; i++) png.data[i] = (i * 37) % 256;
  return PNG.sync.write(png);
}

/** A minimal but real PDF (the server checks the type from the content). */
const CERTIFICATE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

async function next(page: Page): Promise<void> {
  await page.locator('main form button[type="submit"]').last().click();
}

/**
 * Gartenwasserzähler anmelden, the whole way: task list, meter data, address from the street
 * list, a photo and a PDF certificate uploaded, the fee shown before sending, routed to the
 * wastewater department, and a clerk there sees both attachments.
 */
test('a garden water meter is registered with photo and certificate, and the fee is shown', async ({ page, browser }) => {
  await registerCitizen(page, 'Gerd Garten', '/gartenwasserzaehler');
  await page.getByRole('button', { name: 'Jetzt beginnen' }).click();
  await expect(page).toHaveURL(/\/aufgaben$/);
  await expect(page.getByRole('main')).toContainText('Sie haben 0 von 7 Abschnitten erledigt.');
  await page.getByRole('link', { name: 'Wie lautet die Nummer des Zählers?' }).click();

  await page.locator('#field-meterNumber').fill('18-4471203');
  await next(page);
  await expect(page).toHaveURL(/\/einbau$/);
  await page.locator('#field-installDate-day').fill('1');
  await page.locator('#field-installDate-month').fill('April');
  await page.locator('#field-installDate-year').fill(String(new Date().getFullYear()));
  await page.locator('#field-initialReading').fill('0,012');
  await next(page);
  await page.locator('#field-installer').fill('Sanitär Beispiel GmbH, Werne');
  await next(page);
  await expect(page).toHaveURL(/\/adresse$/);
  await page.locator('#field-street').fill('Steinstraße');
  await page.locator('#field-houseNumber').fill('7');
  await page.locator('#field-postcode').fill('59368');
  await next(page);

  await expect(page).toHaveURL(/\/foto-zaehler$/);
  await next(page);
  await expect(page).toHaveTitle(/^Fehler: /);
  await page.getByLabel('Laden Sie ein Foto des Zählers hoch').setInputFiles({ name: 'zaehler.png', mimeType: 'image/png', buffer: smallPhoto() });
  await expect(page.getByRole('main')).toContainText('Hochgeladen', { timeout: 20_000 });
  await expectNoAxeViolations(page, 'Gartenwasserzähler Foto');
  await next(page);
  await expect(page).toHaveURL(/\/bescheinigung$/);
  await page.getByLabel('Laden Sie die Einbaubescheinigung hoch').setInputFiles({
    name: 'bescheinigung.pdf',
    mimeType: 'application/pdf',
    buffer: CERTIFICATE_PDF,
  });
  await expect(page.getByRole('main')).toContainText('Hochgeladen', { timeout: 20_000 });
  await next(page);
  await expect(page).toHaveURL(/\/telefon$/);
  await next(page);

  await expect(page).toHaveURL(/\/pruefen$/);
  const main = page.getByRole('main');
  await expect(main).toContainText('Gebühr: 25,00');
  await expect(main).toContainText('Sanitär Beispiel GmbH, Werne');
  await expectNoAxeViolations(page, 'Gartenwasserzähler prüfen');
  await page.locator('main form button').last().click();
  await expect(page).toHaveURL(/\/bestaetigung$/);
  await expect(main).toContainText(/GWZ-\d{4}-\d{6}/, { timeout: 20_000 });

  const clerkContext = await browser.newContext();
  const clerk = await clerkContext.newPage();
  await clerk.goto('/');
  const login = await clerk.request.post('/api/auth/login', { data: { email: 'abwasser@stadt-werne.example', password: 'werne-demo-abwasser' } });
  expect(login.status()).toBe(200);
  const reference = (await main.textContent())!.match(/GWZ-\d{4}-\d{6}/)![0];
  await clerk.goto('/sachbearbeitung');
  await clerk.getByRole('link', { name: new RegExp(reference) }).click();
  await expect(clerk.getByRole('main')).toContainText('zaehler.png');
  await expect(clerk.getByRole('main')).toContainText('bescheinigung.pdf');
  await clerkContext.close();
});
