import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ApiClient } from '../server/test-support/api-client';
import { expectNoAxeViolations } from './support/axe';
import { expectAxeCleanIn } from './support/axe-languages';
import { gardenMeterRequest } from './support/garden-meter';
import { logIn, waitForOfflineShell, registerByApi } from './support/citizen';
import { goOffline, goOnline } from './support/network';

// The service worker is part of what this file meets (offline, reloads, the app's own requests):
// allowed here, blocked in the other specs (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

const PASSWORD = 'sicheres passwort 2026';

/** A new citizen, registered through this page's own cookie jar; lands on Mein Bereich. */
async function newCitizen(page: Page, name = 'Mara Mustermann'): Promise<{ email: string }> {
  const email = `home-${randomUUID().slice(0, 8)}@example.org`;
  const res = await registerByApi(page.request, { data: { email, password: PASSWORD, name } });
  expect(res.status()).toBe(200);
  await page.goto('/mein-bereich');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Mein Bereich|My area/);
  return { email };
}

async function chooseStreet(page: Page, typed: string, wanted: string): Promise<void> {
  const input = page.getByRole('combobox', { name: 'Straße' });
  await input.fill(typed);
  await page.getByRole('option', { name: new RegExp(`^${wanted}`) }).click();
  await expect(input).toHaveValue(wanted);
}

test('profile: edited offline, kept over a reload, sent when back online; Mein Bereich shows the street\'s pickups and a draft to continue', async ({ page, context }) => {
  await newCitizen(page);
  await expect(page.getByRole('link', { name: 'Mein Bereich' })).toBeVisible();
  await expect(page.getByText('Geben Sie Ihre Straße im Profil an')).toBeVisible();
  await expectNoAxeViolations(page, 'Mein Bereich (leer)');

  await page.getByRole('link', { name: 'Straße im Profil angeben' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ihr Profil');
  // Name and e-mail come from the account, so nobody types them twice.
  await expect(page.getByLabel('Vollständiger Name')).toHaveValue('Mara Mustermann');
  await expectNoAxeViolations(page, 'Profil');

  // Bad input: summary first, message at the field, nothing saved.
  await page.getByRole('combobox', { name: 'Straße' }).fill('Hauptstraße');
  await page.getByLabel('Postleitzahl').fill('12345');
  await page.getByRole('button', { name: 'Profil speichern' }).click();
  await expect(page).toHaveTitle(/^Fehler: Ihr Profil/);
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.error-summary')).toContainText('Diese Straße gibt es in Werne nicht.');
  await expect(page.locator('#field-postcode-error')).toContainText('Die Postleitzahl von Werne ist 59368.');
  await expectNoAxeViolations(page, 'Profil mit Fehlern');

  await chooseStreet(page, 'bonen', 'Bonenstraße');
  await page.getByLabel('Hausnummer').fill('12');
  await page.getByLabel('Postleitzahl').fill('59368');
  await page.getByLabel('Telefonnummer').fill('02389 1234');
  await page.getByRole('button', { name: 'Profil speichern' }).click();
  await expect(page.getByRole('region', { name: 'Ihr Profil ist gespeichert.' })).toBeVisible();
  await expect.poll(async () => (await (await page.request.get('/api/profile')).json()).profile.street).toBe('Bonenstraße');

  await waitForOfflineShell(page);
  await goOffline(context);
  await page.getByLabel('Telefonnummer').fill('02389 9999');
  await page.getByRole('button', { name: 'Profil speichern' }).click();
  await expect(page.getByRole('region', { name: /auf diesem Gerät gespeichert/ })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Telefonnummer')).toHaveValue('02389 9999');
  await expect(page.getByRole('combobox', { name: 'Straße' })).toHaveValue('Bonenstraße');
  // Typed but not saved yet: a reload brings it back, and says it is not saved.
  await page.getByLabel('Hausnummer').fill('12b');
  await page.reload();
  await expect(page.getByLabel('Hausnummer')).toHaveValue('12b');
  await expect(page.getByText(/Ihre Eingaben vom letzten Mal sind wieder eingesetzt/)).toBeVisible();
  await expectNoAxeViolations(page, 'Profil mit wieder eingesetzten Eingaben');
  await page.getByRole('button', { name: 'Profil speichern' }).click();
  await expect(page.getByText(/Ihre Eingaben vom letzten Mal/)).toHaveCount(0);

  // Mein Bereich, still offline: the next pickups of the profile's street.
  await page.getByRole('navigation', { name: 'Hauptmenü' }).getByRole('link', { name: 'Mein Bereich' }).click();
  await expect(page.getByRole('heading', { name: 'Nächste Müllabfuhr' })).toBeVisible();
  await expect(page.locator('main')).toContainText('Bonenstraße');
  await expect(page.locator('.waste-next li').first()).toContainText(/(Restmüll|Bioabfall|Papier|Verpackungen)/);
  await expect(page.getByRole('link', { name: 'Sperrmüllkarte' })).toBeVisible();
  await expectNoAxeViolations(page, 'Mein Bereich (offline, mit Straße)');

  // A form started now (still offline) takes the address from the profile: typed once only.
  await page.goto('/sperrmuellkarte');
  await page.getByRole('button', { name: 'Jetzt beginnen' }).click();
  await page.getByLabel('Möbel').check();
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.getByLabel('Wie viel Sperrmüll ist es?').fill('1');
  await page.getByRole('button', { name: 'Weiter' }).click();
  await expect(page.locator('#field-street')).toHaveValue('Bonenstraße');
  await expect(page.locator('#field-houseNumber')).toHaveValue('12b');
  await expect(page.locator('#field-postcode')).toHaveValue('59368');

  await goOnline(context);
  await expect.poll(async () => (await (await page.request.get('/api/profile')).json()).profile.phone, { timeout: 15_000 }).toBe('02389 9999');

  // The form just started is a draft: Mein Bereich lists it to continue, next to no requests sent.
  await page.getByRole('navigation', { name: 'Hauptmenü' }).getByRole('link', { name: 'Mein Bereich' }).click();
  const drafts = page.getByRole('region', { name: 'Angefangene Anträge' });
  await expect(drafts.getByRole('link', { name: /Weiter ausfüllen: Sperrmüllkarte/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ihre Anträge' })).toContainText('Sie haben noch keine Anträge gesendet.');
  await expectNoAxeViolations(page, 'Mein Bereich mit Entwurf');
  await drafts.getByRole('link', { name: /Weiter ausfüllen/ }).click();
  await expect(page).toHaveURL(/\/sperrmuellkarte\/[0-9a-f-]+\/[a-z-]+$/);
});

test('download my data, then delete the account: confirm step, server and device wiped', async ({ page }) => {
  const { email } = await newCitizen(page, 'Lotte Löschen');
  await page.goto('/profil');
  await chooseStreet(page, 'markt', 'Markt');
  await page.getByRole('button', { name: 'Profil speichern' }).click();
  await expect(page.getByRole('region', { name: 'Ihr Profil ist gespeichert.' })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Meine Daten herunterladen (JSON)' }).click()]);
  const data = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(data.account.email).toBe(email);
  expect(data.profile.street).toBe('Markt');
  expect(Array.isArray(data.requests)).toBe(true);

  await page.getByRole('link', { name: 'Konto löschen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Konto und alle Daten löschen');
  await expectNoAxeViolations(page, 'Konto löschen');
  await page.getByRole('button', { name: 'Konto endgültig löschen' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page).toHaveTitle(/^Fehler: /);
  await expectNoAxeViolations(page, 'Konto löschen ohne Bestätigung');
  expect((await page.request.get('/api/auth/me')).status()).toBe(200);

  await page.getByLabel(/Ja, ich möchte mein Konto/).check();
  await page.getByRole('button', { name: 'Konto endgültig löschen' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText('Ihr Konto und alle Ihre Daten wurden gelöscht.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Anmelden' }).first()).toBeVisible();
  // Nothing of the person is left on the device.
  const left = await page.evaluate(async () => ({
    user: localStorage.getItem('bp-user'),
    dbs: (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.includes('bp-user')),
  }));
  expect(left).toEqual({ user: null, dbs: [] });
  await logIn(page, email, PASSWORD);
  await expect(page.locator('.error-summary')).toContainText('E-Mail-Adresse oder Passwort sind nicht richtig.');
});

/** A garden water meter registration, sent straight to the sync API as a device would push it. */
async function sendGardenMeter(request: APIRequestContext, login: { email: string }, baseURL: string): Promise<string> {
  const api = new ApiClient(baseURL);
  expect((await api.login(login.email, PASSWORD)).status).toBe(200);
  const doc = await gardenMeterRequest(api, 'GWZ-2026-17', { status: 'submitted', submittedAt: new Date().toISOString() });
  const res = await request.post('/api/sync/requests/push', { data: { rows: [{ assumedMasterState: null, newDocumentState: doc }] } });
  expect(res.status()).toBe(200);
  return doc.id;
}

test('Mein Bereich asks for the meter reading once a garden water meter is registered', async ({ page, browser, baseURL }) => {
  const login = await newCitizen(page, 'Gerda Garten');
  await expect(page.getByRole('region', { name: 'Zu erledigen' })).toHaveCount(0);
  const id = await sendGardenMeter(page.request, login, baseURL!);

  const clerkContext = await browser.newContext();
  const clerk = clerkContext.request;
  expect((await clerk.post('/api/auth/login', { data: { email: 'abwasser@stadt-werne.example', password: 'werne-demo-abwasser' } })).status()).toBe(200);
  await expect.poll(async () => (await clerk.get(`/api/clerk/requests/${id}`)).status(), { timeout: 15_000 }).toBe(200);
  // The meter's fee is still open: work starts with a reason (issue 4).
  expect((await clerk.post(`/api/clerk/requests/${id}/actions`, { data: { action: 'start', paymentOverride: 'Gebühr wird mit der Abwasserrechnung verrechnet.' } })).status()).toBe(200);
  // Completing goes out as a decision letter: preview, then send exactly that letter.
  const preview = await (await clerk.post(`/api/clerk/requests/${id}/decision/preview`, { data: { outcome: 'complete', text: '' } })).json();
  expect((await clerk.post(`/api/clerk/requests/${id}/decision`, { data: { outcome: 'complete', text: '', digest: preview.digest, decisionId: randomUUID() } })).status()).toBe(200);
  await clerkContext.close();

  // The completed status reaches the device by itself; the reading becomes due.
  const due = page.getByRole('region', { name: 'Zu erledigen' });
  await expect(due).toContainText(`Zählerstand Ihres Gartenwasserzählers für ${new Date().getFullYear()}`, { timeout: 20_000 });
  await expectNoAxeViolations(page, 'Mein Bereich mit fälligem Zählerstand');
  await due.getByRole('link', { name: 'Zählerstand melden' }).click();
  await expect(page).toHaveURL(/\/zaehlerstand$/);
});

const LANGUAGES = [
  { button: 'Deutsch', lang: 'de' },
  { button: 'English', lang: 'en' },
  { button: 'Leichte Sprache', lang: 'de-x-easy' },
] as const;

// Walked once; each state is checked in every language, switched in place (support/axe-languages.ts).
test(`Mein Bereich, profile and account deletion are axe-clean in ${LANGUAGES.map((l) => l.button).join(', ')}`, async ({ page }) => {
  // The time of the three tests (one per language) it replaces: the axe runs are the same.
  test.setTimeout(3 * 90_000);
  await newCitizen(page, 'Lena Lang');
  await page.goto('/profil');
  await expect(page.locator('#field-name')).toBeVisible();
  await page.locator('#field-postcode').fill('1');
  await page.locator('main form button[type="submit"]').click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expectAxeCleanIn(page, LANGUAGES, 'Profil mit Fehler', { state: page.locator('.error-summary'), redo: () => page.locator('main form button[type="submit"]').click() });
  await page.locator('#field-postcode').fill('59368');
  await page.locator('#field-street').fill('Lenklarer');
  await page.locator('#field-street-listbox [role="option"]').first().click();
  await page.locator('main form button[type="submit"]').click();
  await expect(page.locator('.notification-banner')).toBeVisible();
  await expectAxeCleanIn(page, LANGUAGES, 'Profil gespeichert', {
    state: page.locator('.notification-banner'),
    redo: () => page.locator('main form button[type="submit"]').click(),
  });
  await page.goto('/mein-bereich');
  await expect(page.locator('.waste-next li').first()).toBeVisible();
  await expectAxeCleanIn(page, LANGUAGES, 'Mein Bereich mit Abfuhrterminen', { state: page.locator('.waste-next li').first() });
});
