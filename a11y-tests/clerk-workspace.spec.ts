import { expect, test, type Locator, type Page } from '@playwright/test';
import { ApiClient } from '../server/test-support/api-client';
import { E2E_PORT } from './playwright.config';
import { expectNoAxeViolations } from './support/axe';
import { waitForOfflineShell } from './support/citizen';
import { tabTo } from './support/keyboard';
import { browseAs, routedRequest } from './support/routed-request';
import { goOffline, goOnline } from './support/network';
import { decideByKeyboard } from './support/decision';

// The service worker is part of what this file meets (offline, reloads, the app's own requests):
// allowed here, blocked in the other specs (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

async function keyboardLogin(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/anmelden');
  await tabTo(page, '#login-email');
  await page.keyboard.type(email);
  await tabTo(page, '#login-password');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sachbearbeitung$/);
}

/** Every cell of `row` lies within the viewport's width (nothing hidden, nothing to scroll sideways for). */
async function expectCellsWithin(row: Locator, width: number): Promise<void> {
  const cells = row.locator('th, td');
  const count = await cells.count();
  for (let i = 0; i < count; i++) {
    const box = (await cells.nth(i).boundingBox())!;
    expect(box.x, `cell ${i} starts on screen`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `cell ${i} ends on screen`).toBeLessThanOrEqual(width);
  }
}

/**
 * A follow-up day next year whose day and month are the same (3 March), so typing it digit by digit
 * gives the same date whichever order the browser's date field asks for (TT.MM. or MM/DD/).
 */
function followUpDay(): { typed: string; value: string } {
  const year = new Date().getFullYear() + 1;
  return { typed: `0303${year}`, value: `${year}-03-03` };
}

test('a clerk works a day with the keyboard alone: bulk-assign, follow-up, template message, decision with preview and confirmation; every column in view at 1280 × 800, nothing hidden at 320 px', async ({ page }) => {
  // Two requests of one citizen with a name found nowhere else, and the department's message template (kept by the lead).
  // Made through the API while the clerk signs in and looks at the columns: the waits for
  // routing overlap with the browser's, and all is there before the first search.
  const surname = `Tagwerk${Date.now().toString(36)}`;
  const requests = (async () => {
    const first = await routedRequest('Selmer Straße', `Karla ${surname}`);
    return { ...first, secondId: await first.citizen.sendRouted({ street: 'Bonenstraße' }) };
  })();
  const templateKept = (async () => {
    const lead = new ApiClient(`http://127.0.0.1:${E2E_PORT}`);
    await lead.login('leitung-abfall@stadt-werne.example', 'werne-demo-leitung-abfall');
    const template = { kind: 'message', name: 'Abholung in Arbeit', texts: { de: 'Guten Tag {name}, Ihr Antrag {aktenzeichen} ist in Arbeit.' } };
    return (await lead.call('POST', '/api/clerk/templates', template)).status;
  })();
  // Awaited below; a failure is reported there, not as an unhandled rejection.
  requests.catch(() => undefined);
  templateKept.catch(() => undefined);

  await page.setViewportSize({ width: 1280, height: 800 });
  await keyboardLogin(page, 'abfall@stadt-werne.example', 'werne-demo-abfall');
  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  const headers = table.locator('thead th');
  const columns = await headers.count();
  expect(columns).toBeGreaterThanOrEqual(7);
  for (let i = 0; i < columns; i++) {
    const box = (await headers.nth(i).boundingBox())!;
    expect(box.x + box.width, `column ${i} within 1280 px`).toBeLessThanOrEqual(1280);
  }
  const { id, reference, citizen, secondId } = await requests;
  expect(await templateKept).toBe(201);

  // The citizen's two requests, found by name and sorted by reference (the header says its order).
  await tabTo(page, '#filter-q');
  await page.keyboard.type(surname);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`q=${surname}`));
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await tabTo(page, '#sort-reference');
  await page.keyboard.press('Enter');
  await expect(page.locator('th:has(#sort-reference)')).toHaveAttribute('aria-sort', 'ascending');
  // Saved for tomorrow under a name: only this clerk sees it.
  await tabTo(page, '#saved-filter-name');
  await page.keyboard.type('Familie Tagwerk');
  await page.keyboard.press('Enter');
  await expect(page.locator('#saved-filter-outcome')).toContainText('Der Filter „Familie Tagwerk“ ist gespeichert.');

  // Bulk-assign both to me, with one confirmation; each case's outcome is listed.
  for (const row of [id, secondId]) {
    await tabTo(page, `#select-${row}`);
    await page.keyboard.press('Space');
  }
  await tabTo(page, '#bulk-action');
  await expect(page.locator('#bulk-action-hint')).toContainText('Abschließen und Ablehnen geht nur einzeln');
  await page.keyboard.type('Mir');
  await expect(page.locator('#bulk-action')).toHaveValue('assignToMe');
  await tabTo(page, '#bulk-continue');
  await page.keyboard.press('Enter');
  await expect(page.locator('#bulk-confirm-title')).toBeFocused();
  await tabTo(page, '#bulk-confirm');
  await page.keyboard.press('Enter');
  await expect(page.locator('#bulk-outcome')).toContainText('2 von 2 Anträgen erledigt.');
  await expect(page.locator('#bulk-outcome li')).toHaveCount(2);
  await expect(page.locator('#bulk-outcome')).toContainText(`${reference}: erledigt`);
  await expectNoAxeViolations(page, 'Posteingang nach Sammelaktion');

  await tabTo(page, `main a[href="/sachbearbeitung/${id}"]`);
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText(`Antrag ${reference}`);

  // A follow-up day, with a note.
  const day = followUpDay();
  await tabTo(page, '#follow-up-date');
  await page.keyboard.type(day.typed);
  await expect(page.locator('#follow-up-date')).toHaveValue(day.value);
  await tabTo(page, '#follow-up-note');
  await page.keyboard.type('Fotos abwarten');
  await tabTo(page, '#follow-up-save');
  await page.keyboard.press('Enter');
  await expect(page.locator('#case-feedback')).toContainText('Die Wiedervorlage ist gespeichert.');

  // A message from the department's template, filled by the server from the case.
  await tabTo(page, '#message-text-template');
  await page.keyboard.type('Abholung');
  await tabTo(page, '#message-text-template-insert');
  await page.keyboard.press('Enter');
  const filled = `Guten Tag Karla ${surname}, Ihr Antrag ${reference} ist in Arbeit.`;
  await expect(page.locator('#message-text')).toBeFocused();
  await expect(page.locator('#message-text')).toHaveValue(filled);
  await tabTo(page, 'form:has(#message-text) button[type="submit"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('.thread')).toContainText(filled);

  // The fee is not paid yet: work starts only with a reason (kept in the history and audit trail).
  await tabTo(page, '#payment-override');
  await page.keyboard.type('Bar im Bürgerbüro bezahlt.');
  await tabTo(page, 'form:has(#payment-override) button[type="submit"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('#case-feedback')).toContainText('Die Bearbeitung hat begonnen.');
  await expectNoAxeViolations(page, 'Antrag im Fachdienst');

  // Completing is a decision letter: previewed (letterhead, reference, text), then sent on purpose.
  await expect(page.locator('#action-complete')).toHaveCount(0);
  const letter = await decideByKeyboard(page, 'complete', 'Die Abholung findet wie beantragt statt.');
  for (const part of ['Stadt Werne', reference, 'Die Abholung findet wie beantragt statt.']) expect(letter).toContain(part);
  await expect(page.locator('#case-feedback')).toContainText('Der Antrag ist bewilligt.');
  await expect(page.locator('.decision-sent a[download]')).toBeVisible();
  expect((await citizen.current(id))?.status).toBe('completed');

  // At 320 px: the saved filter brings the day's cases back, every cell on screen and labelled.
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/sachbearbeitung');
  await tabTo(page, 'main .saved-filters a', 120);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`q=${surname}`));
  await expect(table.locator('tbody tr')).toHaveCount(2);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const done = table.locator('tbody tr', { hasText: reference });
  expect(await done.locator('th, td').count()).toBe(columns);
  await expect(done).toContainText('Erledigt');
  await expect(done.locator('td[data-label="Zahlung"]')).toBeVisible();
  await expectCellsWithin(table.locator('tbody tr'), 320);
  await expectNoAxeViolations(page, 'Posteingang, 320 px');
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
