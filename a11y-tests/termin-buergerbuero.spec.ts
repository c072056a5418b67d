import { randomUUID } from 'node:crypto';
import { expect, request, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectAxeCleanIn, inEachLanguage } from './support/axe-languages';
import { registerCitizen, waitForOfflineShell, registerByApi } from './support/citizen';
import { tabTo } from './support/keyboard';
import { goOffline, goOnline } from './support/network';

// The service worker is part of what this file meets (offline, reloads, the app's own requests):
// allowed here, blocked in the other specs (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/**
 * Termin im Bürgerbüro: a citizen books an appointment with the keyboard alone; offline they pick
 * from the last known free slots (with its "Stand"); when their slot was taken meanwhile, the
 * server offers the nearest free ones and they choose again — offline too — keeping the
 * reference. axe on every screen, in German, English and Leichte Sprache.
 */

async function submitWithKeyboard(page: Page): Promise<void> {
  await tabTo(page, 'main form button[type="submit"]');
  await page.keyboard.press('Enter');
}

/** Two other citizens take both places of `slot`, through the API, and are routed. */
async function fillSlot(baseURL: string, slot: string): Promise<void> {
  for (let i = 0; i < 2; i++) {
    const api = await request.newContext({ baseURL });
    const email = `other-${randomUUID().slice(0, 8)}@example.org`;
    expect((await registerByApi(api, { data: { email, password: 'sicheres passwort 2026', name: 'Andere Person' } })).status()).toBe(200);
    const now = new Date().toISOString();
    const doc = {
      id: randomUUID(),
      serviceId: 'termin-buergerbuero',
      catalogueVersion: 1,
      answers: { concern: 'reisepass', persons: '1', slot, name: 'Andere Person', email },
      status: 'submitted',
      submittedAt: now,
      createdAt: now,
      updatedAt: now,
      history: [],
      _deleted: false,
    };
    const pushed = await api.post('/api/sync/requests/push', { data: { rows: [{ assumedMasterState: null, newDocumentState: doc }] } });
    expect(pushed.status()).toBe(200);
    await expect
      .poll(async () => {
        const pulled = await (await api.post('/api/sync/requests/pull', { data: { checkpoint: null, batchSize: 10 } })).json();
        return pulled.documents.find((d: { id: string }) => d.id === doc.id)?.confirmedSlot;
      }, { timeout: 15_000 })
      .toBe(slot);
    await api.dispose();
  }
}

test('a Bürgerbüro appointment can be booked with the keyboard alone', async ({ page }) => {
  await registerCitizen(page, 'Erika Mustermann');
  await page.goto('/termin-buergerbuero');
  await tabTo(page, 'main button.button--start');
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/anliegen$/);
  await submitWithKeyboard(page);
  await expect(page).toHaveTitle(/^Fehler: /);
  // Into the radio group, then ArrowUp wraps to the last option, "Etwas anderes", whose
  // follow-up question appears right after it.
  await tabTo(page, '#field-concern-personalausweis');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('#field-concern-sonstiges')).toBeChecked();
  await tabTo(page, '#field-concernOther');
  await page.keyboard.type('Beglaubigung einer Kopie');
  await expectNoAxeViolations(page, 'Anliegen mit Folgefrage');
  await submitWithKeyboard(page);

  await expect(page).toHaveURL(/\/personen$/);
  await tabTo(page, '#field-persons');
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/termin$/);
  await expect(page.locator('#field-slot')).toBeVisible();
  await expect(page.locator('#field-slot-status')).toContainText('Stand:');
  await submitWithKeyboard(page);
  await expect(page.getByRole('main')).toContainText('Wählen Sie einen Termin aus.');
  await tabTo(page, 'main a[href="#field-slot"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('#field-slot')).toBeFocused();
  // Arrow keys move through the times, choosing as they go (native radios).
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const chosen = await page.locator('input[name="slot"]:checked').inputValue();
  expect(chosen).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
  await submitWithKeyboard(page);

  await expect(page).toHaveURL(/\/kontakt$/);
  // Name and e-mail come from the profile (WCAG 3.3.7).
  await expect(page.locator('#field-name')).toHaveValue('Erika Mustermann');
  await expect(page.locator('#field-email')).toHaveValue(/@example\.org$/);
  await submitWithKeyboard(page);

  await expect(page).toHaveURL(/\/pruefen$/);
  const time = chosen.slice(11);
  await expect(page.getByRole('main')).toContainText(`${time} Uhr`);
  await expect(page.getByRole('main')).toContainText('Beglaubigung einer Kopie');
  await tabTo(page, 'main form button');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/bestaetigung$/);
  await expect(page.getByRole('main')).toContainText(/TBB-\d{4}-\d{6}/, { timeout: 15_000 });
  await expectNoAxeViolations(page, 'Termin Bestätigung');

  await page.goto('/meine-antraege');
  await page.locator('main a[href^="/antraege/"]').first().click();
  await expect(page.getByRole('main')).toContainText('Bestätigter Termin', { timeout: 15_000 });
  await expect(page.getByRole('main')).toContainText(`${time} Uhr`);
});

test('offline the last known slots are offered with their date; a slot taken meanwhile is chosen again, offline too', async ({ page, context, baseURL }) => {
  await registerCitizen(page, 'Paul Offline');
  await waitForOfflineShell(page);
  await page.goto('/termin-buergerbuero');
  await page.getByRole('button', { name: 'Jetzt beginnen' }).click();
  await page.locator('#field-concern-meldebescheinigung').check();
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(page).toHaveURL(/\/personen$/);
  // While the citizen is on the earlier pages, the device fetched the free slots already.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('bp-slots:buergerbuero:all'))).not.toBeNull();
  const listed = JSON.parse((await page.evaluate(() => localStorage.getItem('bp-slots:buergerbuero:all')))!);
  const wished: string = listed.slots[0].id;

  // ——— offline before ever seeing the slot page ———
  await goOffline(context);
  await page.locator('#field-persons').fill('1');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(page).toHaveURL(/\/termin$/);
  await expect(page.locator('#field-slot-status')).toContainText('Sie sind offline. Diese freien Termine sind vom');
  await page.reload();
  await expect(page.locator('#field-slot-status')).toContainText('Sie sind offline. Diese freien Termine sind vom');
  expect(await page.locator('#field-slot').inputValue()).toBe(wished);
  await expectNoAxeViolations(page, 'Terminauswahl (offline, letzte Liste)');
  await page.locator('#field-slot').check();
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(page).toHaveURL(/\/pruefen$/);
  await page.getByRole('button', { name: /Absenden/ }).click();
  await expect(page.getByRole('main')).toContainText('gesendet, sobald eine Verbindung besteht');
  const requestId = page.url().split('/').at(-2)!;

  // Meanwhile two others take both places of that slot.
  await fillSlot(baseURL!, wished);

  // ——— back online: the request arrives, is numbered, and asks to choose again ———
  await goOnline(context);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await page.goto(`/antraege/${requestId}`);
  await expect(page.getByRole('heading', { name: 'Ihr Wunschtermin ist schon vergeben' })).toBeVisible({ timeout: 20_000 });
  const reference = (await page.getByRole('main').innerText()).match(/TBB-\d{4}-\d{6}/)![0];
  await expect(page.getByRole('main')).toContainText('Der Wunschtermin war schon vergeben.');
  await expectNoAxeViolations(page, 'Antrag: Termin vergeben, Alternativen');

  // The choice is made offline, with the keyboard; first without choosing.
  await goOffline(context);
  await tabTo(page, 'main form button[type="submit"]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveTitle(/^Fehler: /);
  await expect(page.locator('.error-summary, [role="alert"]').first()).toBeFocused();
  await expectNoAxeViolations(page, 'Alternativen mit Fehler');
  await tabTo(page, '#slot-alternative-0');
  await page.keyboard.press('Space');
  const alternative = await page.locator('#slot-alternative-0').inputValue();
  expect(alternative).not.toBe(wished);
  await tabTo(page, 'main form button[type="submit"]');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Ihr Wunschtermin ist schon vergeben' })).toBeHidden();

  await goOnline(context);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(page.getByRole('main')).toContainText('Bestätigter Termin', { timeout: 20_000 });
  await expect(page.getByRole('main')).toContainText(`${alternative.slice(11)} Uhr`);
  await expect(page.getByRole('main')).toContainText(reference);
  await expectNoAxeViolations(page, 'Antrag: neuer Termin bestätigt');
});

const LANGUAGES = [
  { button: 'Deutsch', lang: 'de', heading: 'Worum geht es bei Ihrem Termin?' },
  { button: 'English', lang: 'en', heading: 'What is your appointment about?' },
  { button: 'Leichte Sprache', lang: 'de-x-easy', heading: 'Was wollen Sie im Bürger·büro machen?' },
] as const;

// The concern page, a number's error (form:sperrmuellkarte/menge) and the check page are in the
// accessibility matrix in six languages (screens.ts); the contact page, with its e-mail question,
// is not, so it is checked here in each language, switched in place (support/axe-languages.ts).
test(`the appointment's contact page is axe-clean in ${LANGUAGES.slice(1).map((l) => l.button).join(' and ')}, and each page speaks the language`, async ({ page }) => {
  await registerCitizen(page, 'Ana Lang');
  await page.goto('/termin-buergerbuero');
  await page.locator('main button.button--start').click();
  await inEachLanguage(page, LANGUAGES, (language) => expect(page.getByRole('main')).toContainText(language.heading));
  await page.locator('main form button[type="submit"]').last().click();
  await page.locator('#field-concern-reisepass').check();
  await page.locator('main form button[type="submit"]').last().click();
  await page.locator('#field-persons').fill('9');
  await page.locator('main form button[type="submit"]').last().click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await page.locator('#field-persons').fill('1');
  await page.locator('main form button[type="submit"]').last().click();
  await expect(page.locator('#field-slot')).toBeVisible();
  await page.locator('#field-slot').check();
  await page.locator('main form button[type="submit"]').last().click();
  await expectAxeCleanIn(page, LANGUAGES, 'Kontakt');
  await page.locator('main form button[type="submit"]').last().click();
  await expect(page).toHaveURL(/\/pruefen$/);
});
