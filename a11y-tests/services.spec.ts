import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectAxeCleanIn } from './support/axe-languages';
import { tabTo } from './support/keyboard';
import { registerByApi } from './support/citizen';

/** A fresh citizen, registered through the API of this page's context (shares its cookie). */
async function newCitizen(page: Page): Promise<void> {
  const res = await registerByApi(page.request, {
    data: { email: `dienst-${randomUUID().slice(0, 8)}@example.org`, password: 'sicheres passwort 2026', name: 'Dana Dienst' },
  });
  expect(res.status()).toBe(200);
}

async function pressContinue(page: Page): Promise<void> {
  await tabTo(page, 'main form button[type="submit"]');
  await page.keyboard.press('Enter');
}

async function submitPage(page: Page): Promise<void> {
  await page.locator('main form button[type="submit"]').last().click();
}

test('a pothole is reported with the keyboard alone, through the task list', async ({ page }) => {
  await newCitizen(page);
  await page.goto('/');
  // The start page lists the service under its topic; external offers say they leave the portal.
  await expect(page.getByRole('link', { name: /Ratsinformationssystem externes Angebot/ })).toBeVisible();
  await page.goto('/maengelmelder');
  await tabTo(page, 'main button');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/aufgaben$/);
  await expect(page.locator('h1')).toBeFocused();
  await expect(page.getByRole('main')).toContainText('Sie haben 0 von 5 Abschnitten erledigt.');
  await expectNoAxeViolations(page, 'Mängelmelder Aufgabenliste');

  await tabTo(page, 'main a[href$="/kategorie"]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/kategorie$/);
  await pressContinue(page);
  await expect(page).toHaveTitle(/^Fehler: /);
  await expectNoAxeViolations(page, 'Mängelmelder Kategorie mit Fehler');
  await tabTo(page, '#field-category-schlagloch');
  // Arrow keys move within a radio group; Space selects the focused one.
  await page.keyboard.press('Space');
  await expect(page.locator('#field-category-schlagloch')).toBeChecked();
  await pressContinue(page);

  await expect(page).toHaveURL(/\/ort-art$/);
  await tabTo(page, '#field-locateBy-adresse');
  await page.keyboard.press('Space');
  await pressContinue(page);

  // The position page is skipped: the address was chosen.
  await expect(page).toHaveURL(/\/adresse$/);
  await tabTo(page, '#field-street');
  await page.keyboard.type('Steinstraße');
  await tabTo(page, '#field-houseNumber');
  await page.keyboard.type('3');
  await pressContinue(page);

  await expect(page).toHaveURL(/\/beschreibung$/);
  await tabTo(page, '#field-description');
  await page.keyboard.type('Tiefes Loch am Fahrbahnrand.');
  await expect(page.locator('#field-description-count')).toHaveText('Sie können noch 972 Zeichen eingeben.');
  await expectNoAxeViolations(page, 'Mängelmelder Beschreibung');
  await pressContinue(page);

  await expect(page).toHaveURL(/\/fotos$/);
  await pressContinue(page);
  await expect(page).toHaveURL(/\/rueckmeldung$/);
  await tabTo(page, '#field-wantsFeedback-ja');
  await page.keyboard.press('Space');
  // The follow-up question appears once "Ja" is chosen.
  await expect(page.locator('#field-phone')).toBeVisible();
  await tabTo(page, '#field-phone');
  await page.keyboard.type('02389 987654');
  await pressContinue(page);

  await expect(page).toHaveURL(/\/pruefen$/);
  const main = page.getByRole('main');
  await expect(main).toContainText('Schlagloch oder Schaden an Straße oder Gehweg');
  await expect(main).toContainText('Steinstraße');
  await expect(main).not.toContainText('Standort');
  await expectNoAxeViolations(page, 'Mängelmelder prüfen');
  await tabTo(page, 'main form button');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/bestaetigung$/);
  await expect(main).toContainText(/MM-\d{4}-\d{6}/, { timeout: 15_000 });
  await expect(main).toContainText(/Tiefbau/);
});

const LANGUAGES = [
  { button: 'Deutsch', lang: 'de' },
  { button: 'English', lang: 'en' },
  { button: 'Leichte Sprache', lang: 'de-x-easy' },
] as const;

// Walked once in German; each checked state is checked in every language, switched in place.
test(`complaint and meter reading are axe-clean in ${LANGUAGES.map((l) => l.button).join(', ')}`, async ({ page }) => {
  // The time of the three tests (one per language) it replaces: the axe runs are the same.
  test.setTimeout(3 * 90_000);
  await newCitizen(page);

  await page.goto('/anregung');
  await page.locator('main button').last().click();
  await expect(page).toHaveURL(/\/art$/);
  await submitPage(page);
  await page.locator('#field-kind-lob').check();
  await submitPage(page);
  await page.locator('#field-topic-gruen').check();
  await submitPage(page);
  await page.locator('#field-message').fill('x'.repeat(2005));
  await submitPage(page);
  await expect(page.locator('#field-message-count')).toHaveClass(/character-count--over/);
  await expectAxeCleanIn(page, LANGUAGES, 'Anregung Nachricht zu lang', {
    state: page.locator('#field-message-count.character-count--over'),
    redo: () => submitPage(page),
  });
  await page.locator('#field-message').fill('Der neue Spielplatz ist wunderbar.');
  await submitPage(page);
  await page.locator('#field-wantsReply-nein').check();
  await submitPage(page);
  // The check page is in the accessibility matrix in six languages (screens.ts: check-answers).
  await expect(page).toHaveURL(/\/pruefen$/);
  await page.locator('main form button').last().click();
  await expect(page.getByRole('main')).toContainText(/BLA-\d{4}-\d{6}/, { timeout: 15_000 });

  // Two readings of the same meter: the second, lower one warns once, then goes through.
  for (const reading of ['42,5', '40']) {
    await page.goto('/zaehlerstand');
    await page.locator('main button').last().click();
    await expect(page).toHaveURL(/\/zaehler$/);
    await page.locator('#field-meterNumber').fill('18-4471203');
    await submitPage(page);
    const today = new Date();
    await page.locator('#field-reading').fill(reading);
    await page.locator('#field-readingDate-day').fill(String(today.getDate()));
    await page.locator('#field-readingDate-month').fill(String(today.getMonth() + 1));
    await page.locator('#field-readingDate-year').fill(String(today.getFullYear()));
    await submitPage(page);
    if (reading === '40') {
      await expect(page).toHaveURL(/\/stand$/);
      const warning = page.getByRole('status').filter({ hasText: /42[,.]5/ });
      await expect(warning).toBeVisible();
      await expectAxeCleanIn(page, LANGUAGES, 'Zählerstand mit Warnung', { state: warning });
      await submitPage(page);
    }
    await expect(page).toHaveURL(/\/foto$/);
    await submitPage(page);
    await expect(page).toHaveURL(/\/pruefen$/);
    await page.locator('main form button').last().click();
    await expect(page.getByRole('main')).toContainText(/ZST-\d{4}-\d{6}/, { timeout: 15_000 });
  }
});
