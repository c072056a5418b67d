import { randomUUID } from 'node:crypto';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ApiClient, eventually, sperrmuellDraft, submitted } from '../server/test-support/api-client';
import { E2E_PORT } from './playwright.config';
import { expectNoAxeViolations } from './support/axe';
import { expectAxeCleanIn, inEachLanguage } from './support/axe-languages';
import { registerByApi } from './support/citizen';
import { lastMailId, mailTo } from './support/mailbox';

const ADMIN = { email: 'admin@stadt-werne.example', password: 'werne-demo-admin' };

// The specs share one portal: the Mängelmelder goes back to the catalogue's rule afterwards, even
// when a test failed half-way, so later specs find illegal dumping where the catalogue sends it.
test.afterAll(async () => {
  const admin = new ApiClient(`http://127.0.0.1:${E2E_PORT}`);
  await admin.login(ADMIN.email, ADMIN.password);
  const { rev } = (await admin.call('GET', '/api/admin/routing/maengelmelder')).body;
  expect((await admin.call('PUT', '/api/admin/routing/maengelmelder', { rev, override: {} })).status).toBe(200);
});

/** Moves focus with Tab (or Shift+Tab) until the element matching `selector` has it, as a keyboard user would. */
async function focusOn(page: Page, selector: string, { back = false, max = 80 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${back ? 'Shift+Tab' : 'Tab'} never reached ${selector}`);
}

async function activate(page: Page, selector: string, options?: { back?: boolean }): Promise<void> {
  await focusOn(page, selector, options);
  await page.keyboard.press('Enter');
}

async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await focusOn(page, selector);
  await page.keyboard.type(text);
}

async function keyboardLogin(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/anmelden');
  await typeInto(page, '#login-email', email);
  await typeInto(page, '#login-password', password);
  await page.keyboard.press('Enter');
}

test('the administrator sets up a department, its clerk and a routing rule by keyboard; the clerk finds the citizen\'s report', async ({ page, browser }) => {
  // One journey through four screens' worth of work (department, invited clerk and mail, routing, inbox): slow on a loaded machine.
  test.setTimeout(150_000);
  await keyboardLogin(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/verwaltung$/);
  await expect(page.locator('h1')).toHaveText('Verwaltung');
  await expect(page.locator('header a[href="/verwaltung"]')).toBeVisible();

  // A department: first sent empty (errors), then complete.
  await activate(page, 'main a[href="/verwaltung/fachdienste"]');
  await expect(page.locator('h1')).toHaveText('Fachdienste');
  await expect(page.locator('#departments-table caption')).toHaveText('Fachdienste der Stadt Werne');
  await activate(page, '#create-department');
  await expect(page.locator('h1')).toHaveText('Fachdienst anlegen');
  await typeInto(page, '#department-id', 'Klima Schutz');
  await activate(page, 'main form button[type="submit"]');
  await expect(page).toHaveTitle(/^Fehler: /);
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.error-summary')).toContainText('Die Kennung darf nur Kleinbuchstaben');
  await expect(page.locator('#department-name-en-error')).toContainText('Geben Sie den Namen auf Englisch ein.');
  await activate(page, '.error-summary a[href="#department-id"]');
  await expect(page.locator('#department-id')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('klimaschutz');
  await typeInto(page, '#department-name-de', 'Klimaschutz');
  await typeInto(page, '#department-name-en', 'Climate protection');
  await typeInto(page, '#department-name-de-x-easy', 'Klima·schutz');
  await activate(page, 'main form button[type="submit"]');
  await expect(page).toHaveURL(/\/verwaltung\/fachdienste$/);
  await expect(page.locator('#admin-feedback')).toBeFocused();
  await expect(page.locator('#admin-feedback')).toContainText('Der Fachdienst „Klimaschutz“ wurde angelegt.');
  await expect(page.locator('#departments-table')).toContainText('klimaschutz');
  await expectNoAxeViolations(page, 'Fachdienste mit Erfolgsmeldung');

  // A clerk for it: the administrator never sees a password, the clerk is invited by mail.
  await activate(page, 'main a.back-link', { back: true });
  await activate(page, 'main a[href="/verwaltung/mitarbeitende"]');
  await expect(page.locator('#staff-table caption')).toHaveText('Konten der Mitarbeitenden');
  await activate(page, '#create-staff');
  await expect(page.locator('#staff-invitation-text')).toContainText('72 Stunden');
  await expect(page.locator('input[type="password"]')).toHaveCount(0);
  await typeInto(page, '#staff-name', 'Kai Klima');
  const clerkEmail = `kai-${randomUUID().slice(0, 6)}@stadt-werne.example`;
  await typeInto(page, '#staff-email', clerkEmail);
  await activate(page, 'main form button[type="submit"]');
  await expect(page).toHaveTitle(/^Fehler: /);
  await expect(page.locator('.error-summary')).toContainText('Wählen Sie eine Rolle.');
  await focusOn(page, '#staff-role-clerk', { back: true });
  await page.keyboard.press('Space');
  await expect(page.locator('#staff-role-clerk')).toBeChecked();
  await focusOn(page, '#staff-department');
  await page.keyboard.type('Klimaschutz');
  await expect(page.locator('#staff-department')).toHaveValue('klimaschutz');
  const beforeInvitation = await lastMailId();
  await activate(page, 'main form button[type="submit"]');
  await expect(page).toHaveURL(/\/verwaltung\/mitarbeitende\/[0-9a-f-]{36}$/);
  await expect(page.locator('#admin-feedback')).toBeFocused();
  await expect(page.locator('#admin-feedback')).toContainText(`Das Konto für Kai Klima wurde angelegt. Die Einladung ist an ${clerkEmail} unterwegs.`);
  await expect(page.locator('#staff-invitation-title')).toHaveText('Einladung');
  await expectNoAxeViolations(page, 'Konto mit offener Einladung');
  // The first mail went astray: the administrator sends it again; the newer link is the one used.
  const first = await mailTo(clerkEmail, /Einladung zum Bürgerportal/, beforeInvitation);
  await activate(page, '#staff-resend-invitation');
  await expect(page.locator('#admin-feedback')).toContainText(`Die Einladung wurde erneut an ${clerkEmail} geschickt.`);
  const invitation = await mailTo(clerkEmail, /Einladung zum Bürgerportal/, first.id);
  expect(invitation.text).toContain('Der Link gilt 72 Stunden und nur einmal.');
  const invitationLink = invitation.links.find((l) => l.includes('/zugang-einrichten#'))!;
  const password = 'kai wählt sein passwort';

  // The Mängelmelder's illegal dumping goes to the new department from now on.
  await activate(page, 'header a[href="/verwaltung"]', { back: true });
  await activate(page, 'main a[href="/verwaltung/zustaendigkeiten"]');
  await expect(page.locator('#routing-table')).toContainText('Mängelmelder');
  await activate(page, 'main a[href="/verwaltung/zustaendigkeiten/maengelmelder"]');
  await expect(page.locator('h1')).toHaveText('Zuständigkeit: Mängelmelder');
  await focusOn(page, 'select[name="muell"]');
  await page.keyboard.type('Klimaschutz');
  await expect(page.locator('select[name="muell"]')).toHaveValue('klimaschutz');
  await activate(page, 'main form button[type="submit"]');
  await expect(page.locator('#admin-feedback')).toBeFocused();
  await expect(page.locator('#admin-feedback')).toContainText('Die Zuständigkeit wurde gespeichert.');
  await expectNoAxeViolations(page, 'Zuständigkeit gespeichert');

  await activate(page, 'header a[href="/verwaltung"]', { back: true });
  await activate(page, 'main a[href="/verwaltung/protokoll"]');
  await expect(page.getByRole('main')).toContainText('vollständig und unverändert');
  await expect(page.getByRole('main')).toContainText('Zuständigkeit geändert');

  // A citizen reports illegal dumping.
  const citizen = new ApiClient(`http://127.0.0.1:${E2E_PORT}`);
  await citizen.register('Mara Melder');
  const report = submitted(
    sperrmuellDraft({
      id: randomUUID(),
      serviceId: 'maengelmelder',
      catalogueVersion: 1,
      answers: { category: 'muell', locateBy: 'adresse', street: 'Steinstraße', description: 'Altreifen am Wegrand', wantsFeedback: 'nein' },
    }),
  );
  expect((await citizen.push([{ assumedMasterState: null, newDocumentState: report }])).status).toBe(200);
  const routed = await eventually(async () => {
    const doc = await citizen.current(report.id);
    return doc?.status === 'received' ? doc : undefined;
  }, 15_000, 'routing');
  expect(routed.department).toBe('klimaschutz');

  // The new clerk can't sign in yet; sets the password from the mail, then signs in and finds it.
  const clerkContext = await browser.newContext();
  const clerk = await clerkContext.newPage();
  expect((await clerk.request.post('/api/auth/login', { data: { email: clerkEmail, password } })).status()).toBe(401);
  await clerk.goto(invitationLink);
  await expect(clerk.locator('h1')).toHaveText('Zugang einrichten');
  await expectNoAxeViolations(clerk, 'Zugang einrichten');
  await typeInto(clerk, '#reset-password', password);
  await clerk.keyboard.press('Enter');
  await expect(clerk).toHaveURL(/\/anmelden$/);
  await expect(clerk.getByRole('main')).toContainText('Ihr Passwort ist festgelegt.');
  await keyboardLogin(clerk, clerkEmail, password);
  await expect(clerk).toHaveURL(/\/sachbearbeitung$/);
  await expect(clerk.locator('main table caption')).toContainText('Klimaschutz');
  await expect(clerk.locator('main table')).toContainText(routed.reference!);
  await expectNoAxeViolations(clerk, 'Posteingang des neuen Fachdienstes');
  await clerkContext.close();
});

const LANGUAGES = [
  { button: 'Deutsch', lang: 'de', departments: 'Fachdienste' },
  { button: 'English', lang: 'en', departments: 'Departments' },
  { button: 'Leichte Sprache', lang: 'de-x-easy', departments: 'Fach·dienste' },
] as const;

// Walked once; each state is checked in every language, switched in place (support/axe-languages.ts).
test(`every admin screen is axe-clean in ${LANGUAGES.map((l) => l.button).join(', ')}, with errors and success`, async ({ page }) => {
  // The time of the three tests (one per language) it replaces: the axe runs are the same.
  test.setTimeout(3 * 90_000);
  await page.goto('/');
  expect((await page.request.post('/api/auth/login', { data: ADMIN })).status()).toBe(200);
  const submit = () => page.locator('main form button[type="submit"]').first().click();
  // `redo` makes the state again in each language: a message keeps the language it was made in.
  const axeClean = (screen: string, state?: Locator, redo?: () => Promise<void>) => expectAxeCleanIn(page, LANGUAGES, screen, { state, redo });

  await page.goto('/verwaltung');
  await expect(page.locator('header a[href="/verwaltung"]')).toBeVisible();
  await page.goto('/verwaltung/fachdienste');
  await expect(page.locator('#departments-table')).toBeVisible();
  await inEachLanguage(page, LANGUAGES, (language) => expect(page.locator('h1')).toHaveText(language.departments));
  await page.goto('/verwaltung/fachdienste/neu');
  await submit();
  await expect(page.locator('.error-summary')).toBeVisible();
  await inEachLanguage(page, LANGUAGES, () => expect(page).toHaveTitle(/^(Fehler|Error):/));

  await page.goto('/verwaltung/fachdienste/abfall');
  await expect(page.locator('#department-name-de')).toHaveValue('Kommunalbetrieb Werne – Abfallwirtschaft');
  await page.locator('#department-state-action').click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expect(page.locator('#department-state-action-error')).toBeVisible();
  // This refusal is in the accessibility matrix in six languages (screens.ts: admin-department, errors).
  await submit();
  await expect(page.locator('#admin-feedback')).toBeVisible();
  await axeClean('Fachdienst umbenannt', page.locator('#admin-feedback'), submit);

  await page.goto('/verwaltung/mitarbeitende');
  await expect(page.locator('#staff-table')).toBeVisible();
  const abfallClerk = page.locator('#staff-table tbody tr').filter({ has: page.getByRole('cell', { name: 'abfall@stadt-werne.example', exact: true }) }).locator('a');
  await abfallClerk.click();
  await expect(page.locator('#staff-role-clerk')).toBeChecked();
  await expect(page.locator('#staff-department')).toHaveValue('abfall');
  await page.locator('#staff-role-treasury').check();
  await expect(page.locator('#staff-department')).toHaveCount(0);
  await page.locator('#staff-role-clerk').check();
  await submit();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expect(page.locator('#staff-department-error')).toBeVisible();
  await axeClean('Konto ändern mit Fehler', page.locator('#staff-department-error'), submit);
  // The new account's errors and a service's routing page are in the accessibility matrix in six
  // languages (screens.ts: admin-staff-new, admin-routing-service).
  await page.goto('/verwaltung/mitarbeitende/neu');
  await submit();
  await expect(page.locator('#staff-name-error')).toBeVisible();

  await page.goto('/verwaltung/zustaendigkeiten');
  await expect(page.locator('#routing-table')).toBeVisible();
  await page.goto('/verwaltung/zustaendigkeiten/anregung');
  await expect(page.locator('select[name="sonstiges"]')).toBeVisible();
  await submit();
  await expect(page.locator('#admin-feedback')).toBeVisible();
  await axeClean('Zuständigkeit gespeichert', page.locator('#admin-feedback'), submit);
  await page.goto('/verwaltung/zustaendigkeiten/sperrmuellkarte');
  await expect(page.locator('select[name="*"]')).toBeVisible();
  await page.goto('/verwaltung/protokoll');
  await expect(page.locator('.audit-ok')).toBeVisible();
});

test('clerks and citizens meet "not allowed" at /verwaltung, strangers the login', async ({ page, browser }) => {
  await page.goto('/verwaltung/mitarbeitende');
  await expect(page).toHaveURL(/\/anmelden\?weiter=%2Fverwaltung%2Fmitarbeitende$/);
  const clerkContext = await browser.newContext();
  const clerk = await clerkContext.newPage();
  expect((await clerk.request.post('/api/auth/login', { data: { email: 'abfall@stadt-werne.example', password: 'werne-demo-abfall' } })).status()).toBe(200);
  await clerk.goto('/verwaltung');
  await expect(clerk.locator('h1')).toHaveText('Kein Zugriff auf diese Seite');
  await expect(clerk.locator('header a[href="/verwaltung"]')).toHaveCount(0);
  await clerkContext.close();
  const citizenContext = await browser.newContext();
  const citizen = await citizenContext.newPage();
  const registered = await registerByApi(citizen.request, {
    data: { email: `neugier-${randomUUID().slice(0, 8)}@example.org`, password: 'sicheres passwort 2026', name: 'Nora Neugier' },
  });
  expect(registered.status()).toBe(200);
  await citizen.goto('/verwaltung/zustaendigkeiten');
  await expect(citizen.locator('h1')).toHaveText('Kein Zugriff auf diese Seite');
  await citizenContext.close();
});
