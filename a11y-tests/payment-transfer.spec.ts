import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { waitForOfflineShell } from './support/citizen';
import { goOffline, goOnline } from './support/network';
import { gardenMeterDraftFor, payingCitizen } from './support/payment-requests';

// The service worker is part of what this file meets (offline, reloads, the app's own requests):
// allowed here, blocked in the other specs (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/**
 * A Gartenwasserzähler paid by bank transfer: the fee and what it is for before sending, the
 * choice "by transfer", then the invoice with the city's account, the RF reference and the
 * GiroCode, the invoice PDF kept on the device — and the invoice still there offline.
 */
test('a garden water meter is paid by bank transfer with the invoice and its GiroCode', async ({ page, baseURL }) => {
  const api = await payingCitizen(page, baseURL!, 'Gerda Garten');
  const id = await gardenMeterDraftFor(api);

  await page.goto(`/gartenwasserzaehler/${id}/pruefen`);
  const main = page.getByRole('main');
  await expect(main).toContainText('Gebühr: 25,00 €');
  await expect(main).toContainText('Für die Prüfung und Anmeldung Ihres Gartenwasserzählers.');
  const choice = page.getByRole('group', { name: 'Wie möchten Sie die Gebühr bezahlen?' });
  await expect(choice.getByRole('radio')).toHaveCount(2);
  await choice.getByLabel('Per Überweisung mit Rechnung').check();
  await expectNoAxeViolations(page, 'Prüfen mit Gebühr und Zahlungsart');
  // The choice is on the device at once: a reload keeps it.
  await page.reload();
  await expect(page.getByLabel('Per Überweisung mit Rechnung')).toBeChecked();
  await page.getByRole('button', { name: /Absenden/ }).click();

  // Routed: the confirmation offers the invoice first, as chosen.
  const invoiceLink = main.getByRole('link', { name: 'Rechnung ansehen' });
  await expect(invoiceLink).toBeVisible({ timeout: 20_000 });
  await expect(main.locator('.payment-links a').first()).toHaveText('Rechnung ansehen');
  await expectNoAxeViolations(page, 'Bestätigung mit Zahlungslink');
  await invoiceLink.click();

  await expect(page).toHaveURL(new RegExp(`/antraege/${id}/rechnung$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rechnung');
  await expect(main).toContainText('25,00 €');
  await expect(main).toContainText('IBAN');
  const reference = (await page.locator('#creditor-reference').textContent())!.trim();
  expect(reference).toMatch(/^RF\d{2}[0-9A-Z]{1,21}$/);
  const qr = main.getByRole('img', { name: /GiroCode für die Überweisung von 25,00 €/ });
  await expect(qr).toBeVisible();
  await expect(qr).toHaveAttribute('alt', new RegExp(reference));
  // The QR's data as text: EPC069-12 starts with the service tag BCD and names the reference.
  const data = (await main.locator('.girocode-data').textContent())!;
  expect(data.split('\n')[0]).toBe('BCD');
  expect(data).toContain(reference);
  expect(data).toContain('EUR25.00');
  await expectNoAxeViolations(page, 'Rechnung');

  // The invoice PDF, kept on the device and downloaded from there.
  const pdfLink = page.locator('#invoice-pdf-link');
  await expect(pdfLink).toHaveText('Rechnung als PDF herunterladen');
  const [download] = await Promise.all([page.waitForEvent('download'), pdfLink.click()]);
  expect(download.suggestedFilename()).toMatch(/^Rechnung-GWZ-\d{4}-\d{6}\.pdf$/);
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // The lists say the fee is open, and offer the invoice.
  await page.goto('/meine-antraege');
  await expect(main).toContainText('Gebühr offen: 25,00 €');
  await expectNoAxeViolations(page, 'Meine Anträge mit offener Gebühr');
  await page.goto('/mein-bereich');
  const due = page.getByRole('region', { name: 'Gebühr offen — jetzt bezahlen' });
  await expect(due).toContainText('25,00 €');
  await expect(due.getByRole('link', { name: /Rechnung ansehen/ })).toBeVisible();
  await expectNoAxeViolations(page, 'Mein Bereich mit offener Gebühr');

  // Offline the invoice still opens (kept on the device), and paying online says it needs a connection.
  await waitForOfflineShell(page);
  await goOffline(page.context());
  await page.goto(`/antraege/${id}/rechnung`);
  await expect(page.locator('#creditor-reference')).toHaveText(reference);
  await expect(main).toContainText('IBAN');
  await expect(main.getByRole('img', { name: /GiroCode/ })).toBeVisible();
  await page.goto(`/antraege/${id}/bezahlen`);
  await expect(main).toContainText('Bezahlen braucht eine Internet-Verbindung');
  await expect(page.getByRole('button', { name: 'Weiter zur Bezahlung' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'Bezahlen offline');
  await goOnline(page.context());
});
