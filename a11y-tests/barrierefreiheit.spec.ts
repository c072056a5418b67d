import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { logIn } from './support/citizen';

/**
 * The reviewed summary of the last complete matrix run (only `npm run a11y:summary` changes it;
 * a test run writes its own record under test-results/). The statement must show exactly its
 * date — so the build really read that file — or say there is none.
 */
const SUMMARY = JSON.parse(readFileSync(new URL('./results/a11y-summary.json', import.meta.url), 'utf8')) as { checkedAt?: string };

const OFFICER = { email: 'barrierefreiheit@stadt-werne.example', password: 'werne-demo-barrierefreiheit' };

/** Today in Werne plus six weeks, written as the portal writes calendar dates. */
function sixWeeksFromToday(locale = 'de-DE'): string {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date())
    .split('-')
    .map(Number);
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d + 42)),
  );
}

async function newCitizen(page: Page): Promise<void> {
  await page.goto('/');
  const res = await page.request.post('/api/auth/register', {
    data: { email: `barriere-${randomUUID().slice(0, 8)}@example.org`, password: 'sicheres passwort 2026', name: 'Bea Barriere' },
  });
  expect(res.status()).toBe(201);
}

async function next(page: Page): Promise<void> {
  await page.locator('main form button[type="submit"]').last().click();
}

test('the accessibility statement is reached from the footer and shows status, limitations, last check, feedback and the NRW ombudsman', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Erklärung zur Barrierefreiheit' }).click();
  await expect(page).toHaveURL(/\/barrierefreiheit$/);
  await expect(page.locator('h1')).toHaveText('Erklärung zur Barrierefreiheit');
  await expect(page.locator('h1')).toBeFocused();
  const main = page.getByRole('main');
  await expect(main.locator('#conformity')).toHaveText(/teilweise mit den Anforderungen vereinbar/);
  await expect(main.getByRole('heading', { name: 'Videos in Deutscher Gebärdensprache' })).toBeVisible();
  await expect(main.locator('#statement-dates')).toContainText('1. Dezember 2026');
  if (SUMMARY.checkedAt) {
    const when = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' }).format(
      new Date(SUMMARY.checkedAt),
    );
    await expect(main.locator('#last-check')).toHaveText(`Letzte automatische Prüfung: ${when}`);
    await expect(main.locator('#check-scope')).toBeVisible();
  } else {
    await expect(main.locator('#last-check')).toHaveText('Eine vollständige automatische Prüfung ist noch nicht aufgezeichnet.');
  }
  // The deadline comes from the barrier-report service in the catalogue.
  await expect(main.locator('#statement-deadline')).toContainText('innerhalb von 42 Tagen nach Eingang (§ 5 Abs. 2 BITVNRW)');
  await expect(main.getByRole('link', { name: /Ombudsstelle für barrierefreie Informationstechnik NRW/ })).toHaveAttribute('href', 'https://www.lbbp.nrw.de/ombudsstelle');
  await expect(main.getByRole('link', { name: 'Barriere melden' })).toHaveAttribute('href', '/barriere-melden');
  await expectNoAxeViolations(page, 'Erklärung zur Barrierefreiheit');

  for (const [button, lang, heading] of [
    ['English', 'en', 'Accessibility statement'],
    ['Leichte Sprache', 'de-x-easy', 'Erklärung zur Barriere·freiheit'],
  ] as const) {
    await page.getByRole('button', { name: button }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('h1')).toHaveText(heading);
    await expectNoAxeViolations(page, `Erklärung zur Barrierefreiheit (${lang})`);
  }
});

test('a barrier report reaches the accessibility officer, and both see the reply deadline', async ({ page, browser }) => {
  await newCitizen(page);
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Barriere melden' }).click();
  await expect(page).toHaveURL(/\/barriere-melden$/);
  await expect(page.locator('#reply-deadline')).toContainText('spätestens 42 Tage nach dem Eingang Ihrer Meldung');
  await expectNoAxeViolations(page, 'Barriere melden Start');
  await page.locator('main button').last().click();

  await expect(page).toHaveURL(/\/anliegen$/);
  await next(page);
  await expect(page.locator('.error-summary')).toContainText('Wählen Sie aus, was Sie tun möchten.');
  await page.locator('#field-kind-barriere').check();
  await next(page);
  await expect(page).toHaveURL(/\/ort$/);
  await page.locator('#field-area-abfallkalender').check();
  await page.locator('#field-pageName').fill('Abfallkalender, Auswahl der Straße');
  await next(page);
  await expect(page).toHaveURL(/\/barriere$/);
  await page.locator('#field-barrier').fill('Die Vorschlagsliste der Straßen wird vom Screenreader nicht angesagt.');
  await next(page);
  await expect(page).toHaveURL(/\/hilfsmittel$/);
  await page.locator('#field-assistiveTech-screenreader').check();
  await next(page);
  await expect(page).toHaveURL(/\/antwort$/);
  await page.locator('#field-contact-email').check();
  await page.locator('#field-email').fill('bea@example.org');
  await next(page);
  await expect(page).toHaveURL(/\/pruefen$/);
  await expect(page.getByRole('main')).toContainText('Screenreader (Bildschirmleser)');
  await page.locator('main form button').last().click();

  await expect(page).toHaveURL(/\/bestaetigung$/);
  const main = page.getByRole('main');
  await expect(main).toContainText(/BFR-\d{4}-\d{6}/, { timeout: 15_000 });
  await expect(main).toContainText('Beauftragte für Barrierefreiheit und Inklusion');
  const due = sixWeeksFromToday();
  await expect(page.locator('#reply-deadline')).toContainText(`Sie bekommen spätestens am ${due} eine Antwort.`);
  await expectNoAxeViolations(page, 'Barriere melden Bestätigung');
  const reference = (await main.locator('.panel__reference').textContent())!.trim();

  await main.getByRole('link', { name: 'Antrag ansehen' }).click();
  await expect(page).toHaveURL(/\/antraege\/[0-9a-f-]+$/);
  await expect(page.locator('#reply-deadline')).toContainText(due);
  await expectNoAxeViolations(page, 'Barriere melden Antragsseite');

  // The accessibility officer (a department of its own, with a demo login) has it in the inbox.
  const officer = await browser.newContext();
  const clerkPage = await officer.newPage();
  await logIn(clerkPage, OFFICER.email, OFFICER.password);
  await expect(clerkPage).toHaveURL(/\/sachbearbeitung$/);
  const row = clerkPage.getByRole('row', { name: new RegExp(reference) });
  await expect(row).toBeVisible();
  await row.getByRole('link').first().click();
  await expect(clerkPage.locator('h1')).toHaveText(`Antrag ${reference}`);
  await expect(clerkPage.locator('#reply-deadline')).toContainText(`Antwort fällig bis ${due} (noch 42 Tage)`);
  await expect(clerkPage.locator('#reply-deadline')).toContainText('Ombudsverfahren nach § 10d BGG NRW');
  await expect(clerkPage.getByRole('main')).toContainText('Die Vorschlagsliste der Straßen wird vom Screenreader nicht angesagt.');
  await expectNoAxeViolations(clerkPage, 'Barrieremeldung im Fachdienst');
  await officer.close();
});

test('the Leichte Sprache start page explains the portal, has room for DGS videos and switches the whole portal', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Leichte Sprache' }).click();
  await expect(page).toHaveURL(/\/leichte-sprache$/);
  // In Leichte Sprache even while the portal is set to standard German.
  await expect(page.locator('h1')).toHaveText('Das Bürger·portal in Leichter Sprache');
  const main = page.getByRole('main');
  for (const heading of ['Was ist das Bürger·portal?', 'So stellen Sie einen Antrag', 'Ohne Internet', 'Hilfe']) {
    await expect(main.getByRole('heading', { name: heading })).toBeVisible();
  }
  await expect(main).toContainText('Auf jeder Seite steht nur eine Frage.');
  await expect(main.getByRole('link', { name: 'Barriere melden' })).toHaveAttribute('href', '/barriere-melden');
  // No video is recorded yet: the section says so, and no empty player is shown.
  await expect(main.getByRole('region', { name: 'Videos in Gebärden·sprache' })).toContainText('Die Videos in Gebärden·sprache kommen bald.');
  await expect(main.locator('video')).toHaveCount(0);
  await expectNoAxeViolations(page, 'Leichte Sprache Start (Portal auf Deutsch)');

  await main.getByRole('button', { name: 'Leichte Sprache einschalten' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de-x-easy');
  await expect(main.getByRole('button', { name: 'Leichte Sprache einschalten' })).toHaveCount(0);
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Gebärden·sprache' })).toBeVisible();
  await expectNoAxeViolations(page, 'Leichte Sprache Start (Leichte Sprache)');

  await page.getByRole('button', { name: 'Deutsch' }).click();
  await page.getByRole('contentinfo').getByRole('link', { name: 'Gebärdensprache' }).click();
  await expect(page).toHaveURL(/\/gebaerdensprache$/);
  await expect(page.locator('h1')).toHaveText('Gebärdensprache');
  await expect(page.locator('#dgs-coming')).toContainText('Die Gebärdensprachvideos werden zurzeit aufgezeichnet');
  // The same explanations as text, in standard German here.
  await expect(page.getByRole('main')).toContainText('Jede Eingabe wird unmittelbar auf Ihrem Gerät gespeichert');
  await expectNoAxeViolations(page, 'Gebärdensprache');
});
