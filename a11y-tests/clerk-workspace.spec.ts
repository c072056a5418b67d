import { expect, test, type Page } from '@playwright/test';
import { ApiClient } from '../server/test-support/api-client';
import { E2E_PORT } from './playwright.config';
import { expectNoAxeViolations } from './support/axe';
import { waitForOfflineShell } from './support/citizen';
import { tabTo } from './support/keyboard';
import { browseAs, routedRequest } from './support/routed-request';
import { goOffline, goOnline } from './support/network';
import { decideByKeyboard } from './support/decision';

async function keyboardLogin(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/anmelden');
  await tabTo(page, '#login-email');
  await page.keyboard.type(email);
  await tabTo(page, '#login-password');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sachbearbeitung$/);
}

test('a clerk works a request from the inbox to completion with the keyboard alone', async ({ page }) => {
  const { id, reference, citizen } = await routedRequest('Selmer Straße');
  await keyboardLogin(page, 'abfall@stadt-werne.example', 'werne-demo-abfall');
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoAxeViolations(page, 'Posteingang');

  // Search for the reference with the filter form.
  await tabTo(page, '#filter-q');
  await page.keyboard.type(reference);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`q=${reference}`));
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);

  // Sort by reference: the header's button says its order with aria-sort.
  await tabTo(page, '#sort-reference');
  await page.keyboard.press('Enter');
  await expect(page.locator('th:has(#sort-reference)')).toHaveAttribute('aria-sort', 'ascending');
  await expectNoAxeViolations(page, 'Posteingang, gefiltert und sortiert');

  await tabTo(page, `main a[href="/sachbearbeitung/${id}"]`);
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText(`Antrag ${reference}`);
  await expect(page.getByRole('main')).toContainText('Selmer Straße');
  await expectNoAxeViolations(page, 'Antrag im Fachdienst');

  await tabTo(page, '#assign-me');
  await page.keyboard.press('Enter');
  await expect(page.locator('#case-feedback')).toContainText('Sie bearbeiten diesen Antrag jetzt.');

  // The fee is not paid yet: work starts only with a reason (kept in the history and audit trail).
  await expect(page.locator('#action-start')).toHaveCount(0);
  await tabTo(page, '#payment-override');
  await page.keyboard.type('Bar im Bürgerbüro bezahlt.');
  await tabTo(page, 'form:has(#payment-override) button[type="submit"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('#case-feedback')).toContainText('Die Bearbeitung hat begonnen.');

  // Asking without a question: the error summary takes focus and leads to the field.
  await tabTo(page, 'form:has(#reason-askForInfo) button[type="submit"]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveTitle(/^Fehler: /);
  await tabTo(page, 'main a[href="#reason-askForInfo"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('#reason-askForInfo')).toBeFocused();
  await expectNoAxeViolations(page, 'Antrag mit Fehlermeldung');
  await page.keyboard.type('Sind Elektrogeräte dabei?');
  await tabTo(page, 'form:has(#reason-askForInfo) button[type="submit"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('#case-feedback')).toContainText('Die Rückfrage wurde gesendet.');
  await expect.poll(async () => (await citizen.current(id))?.statusReason).toBe('Sind Elektrogeräte dabei?');

  // A message to the citizen and an internal note.
  await tabTo(page, '#message-text');
  await page.keyboard.type('Wir melden uns mit dem Termin.');
  await tabTo(page, 'form:has(#message-text) button[type="submit"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('.thread')).toContainText('Wir melden uns mit dem Termin.');
  await tabTo(page, '#note-text');
  await page.keyboard.type('Rückruf am Dienstag.');
  await tabTo(page, 'form:has(#note-text) button[type="submit"]');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toContainText('Rückruf am Dienstag.');

  await tabTo(page, '#action-start');
  await page.keyboard.press('Enter');
  await expect(page.locator('#case-feedback')).toContainText('Die Bearbeitung hat begonnen.');
  // Completing is a decision letter: previewed (letterhead, reference, text), then sent on purpose.
  await expect(page.locator('#action-complete')).toHaveCount(0);
  const letter = await decideByKeyboard(page, 'complete', 'Die Abholung findet wie beantragt statt.');
  for (const part of ['Stadt Werne', reference, 'Die Abholung findet wie beantragt statt.']) expect(letter).toContain(part);
  await expect(page.locator('#case-feedback')).toContainText('Der Antrag ist bewilligt.');
  await expect(page.getByRole('main')).toContainText('nur noch lesbar');
  // The closed case still shows the letter that went out, with its PDF.
  await expect(page.locator('.decision-sent')).toContainText('Die Abholung findet wie beantragt statt.');
  await expect(page.locator('.decision-sent a[download]')).toBeVisible();
  await expectNoAxeViolations(page, 'Abgeschlossener Antrag');
  expect((await citizen.current(id))?.status).toBe('completed');
});

test('the department lead reads the audit trail, checked unchanged', async ({ page }) => {
  await routedRequest('Stockumer Straße');
  await keyboardLogin(page, 'leitung-abfall@stadt-werne.example', 'werne-demo-leitung-abfall');
  await tabTo(page, 'main a[href="/sachbearbeitung/protokoll"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Protokoll');
  await expect(page.getByRole('main')).toContainText('vollständig und unverändert');
  await expectNoAxeViolations(page, 'Protokoll');
});

test('the citizen reads the clerk\'s message in the Postfach, also offline, and replies even offline', async ({ page }) => {
  const { id, citizen } = await routedRequest('Südmauer');
  const clerk = new ApiClient(`http://127.0.0.1:${E2E_PORT}`);
  await clerk.login('abfall@stadt-werne.example', 'werne-demo-abfall');
  expect((await clerk.call('POST', `/api/clerk/requests/${id}/actions`, { action: 'start', paymentOverride: 'Gebühr im Test nicht Gegenstand' })).status).toBe(200);
  expect((await clerk.call('POST', `/api/clerk/requests/${id}/actions`, { action: 'askForInfo', reason: 'Steht der Sperrmüll an der Straße?' })).status).toBe(200);
  await clerk.call('POST', `/api/clerk/requests/${id}/messages`, { text: 'Bitte legen Sie alles an die Straße.' });
  await browseAs(page, citizen);
  // The question waits on Mein Bereich and on the request page, with the way to answer it.
  await page.goto('/mein-bereich');
  const due = page.getByRole('region', { name: 'Zu erledigen' });
  await expect(due).toContainText('Die Stadt hat eine Frage zu Ihrem Antrag');
  await due.getByRole('link', { name: 'Frage beantworten' }).click();
  await expect(page).toHaveURL(new RegExp(`/antraege/${id}$`));
  const question = page.getByRole('region', { name: 'Die Stadt hat eine Frage an Sie' });
  await expect(question).toContainText('Steht der Sperrmüll an der Straße?');
  await question.getByRole('link', { name: 'Jetzt antworten' }).click();
  await expect(page.locator('#reply-text')).toBeFocused();
  await expect(page.locator('#postfach-messages')).toContainText('Bitte legen Sie alles an die Straße.');
  // The Eingangsbestätigung is kept on the device: offered from its cache as a file.
  await expect(page.locator('#receipt-link')).toHaveAttribute('href', /^blob:/);
  const cached = await page.evaluate(async (url) => {
    const res = await (await caches.open('bp-user-documents')).match(url);
    return res ? new TextDecoder().decode((await res.arrayBuffer()).slice(0, 5)) : null;
  }, `/api/requests/${id}/receipt.pdf`);
  expect(cached).toBe('%PDF-');
  await expectNoAxeViolations(page, 'Antrag mit Postfach');
  await page.locator('#reply-text').fill('Mache ich.');
  await page.getByRole('button', { name: 'Nachricht senden' }).click();
  await expect(page.locator('#postfach-messages')).toContainText('Mache ich.');
  await expect
    .poll(async () => (await clerk.call('GET', `/api/clerk/requests/${id}/messages`)).body.messages.map((m: { text: string }) => m.text), { timeout: 15_000 })
    .toContain('Mache ich.');
  // The answer puts the request back into the department's work: the question is gone.
  await expect(question).toBeHidden({ timeout: 15_000 });
  await expect(page.getByRole('main')).toContainText('Sie haben im Postfach geantwortet.');

  // Offline: the thread and the receipt are still there, and a reply waits on the device.
  await waitForOfflineShell(page);
  await goOffline(page.context());
  await page.reload();
  await expect(page.locator('#postfach-messages')).toContainText('Bitte legen Sie alles an die Straße.');
  await expect(page.locator('#receipt-link')).toHaveAttribute('href', /^blob:/);
  await page.locator('#reply-text').fill('Ohne Netz geschrieben.');
  await page.getByRole('button', { name: 'Nachricht senden' }).click();
  await expect(page.locator('#postfach-messages')).toContainText('Ohne Netz geschrieben. '.trim());
  await expect(page.locator('#postfach-messages')).toContainText('Wird gesendet, sobald eine Verbindung besteht');
  await expectNoAxeViolations(page, 'Postfach offline');
  // Mein Bereich shows the department's newest message, offline too, and leads back to it.
  await page.goto('/mein-bereich');
  const messages = page.getByRole('region', { name: 'Nachrichten von der Stadt' });
  await expect(messages).toContainText('Bitte legen Sie alles an die Straße.');
  await expect(messages).not.toContainText('Mache ich.');
  await expectNoAxeViolations(page, 'Mein Bereich mit Nachricht (offline)');
  await messages.getByRole('link', { name: 'Nachricht lesen' }).click();
  await expect(page).toHaveURL(new RegExp(`/antraege/${id}#postfach-title$`));
  await expect(page.locator('#postfach-messages')).toContainText('Ohne Netz geschrieben.');
  await goOnline(page.context());
  await expect
    .poll(async () => (await clerk.call('GET', `/api/clerk/requests/${id}/messages`)).body.messages.map((m: { text: string }) => m.text), { timeout: 20_000 })
    .toContain('Ohne Netz geschrieben.');
  await expect(page.locator('#postfach-messages')).not.toContainText('Wird gesendet', { timeout: 15_000 });
});

test('staff pages use the screen: every inbox column in view at 1280 × 800, stacked with labels at 320 px', async ({ page }) => {
  const { reference } = await routedRequest('Bonenstraße', 'Wanda Weit');
  await page.setViewportSize({ width: 1280, height: 800 });
  await keyboardLogin(page, 'abfall@stadt-werne.example', 'werne-demo-abfall');
  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  const headers = table.locator('thead th');
  const count = await headers.count();
  expect(count).toBeGreaterThanOrEqual(7);
  for (let i = 0; i < count; i++) {
    const box = (await headers.nth(i).boundingBox())!;
    expect(box.x + box.width, `column ${i} within 1280 px`).toBeLessThanOrEqual(1280);
  }

  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const row = table.locator('tbody tr', { hasText: reference });
  const cells = row.locator('th, td');
  expect(await cells.count()).toBe(count);
  for (let i = 0; i < count; i++) {
    const box = (await cells.nth(i).boundingBox())!;
    expect(box.x, `cell ${i} starts on screen`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `cell ${i} ends on screen`).toBeLessThanOrEqual(320);
  }
  // Each stacked cell names its column; the payment cell of this unpaid Sperrmüllkarte says "Zahlung: offen".
  await expect(row.locator('td[data-label="Zahlung"]')).toBeVisible();
  await expectNoAxeViolations(page, 'Posteingang, 320 px');
});
