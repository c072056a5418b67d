import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

/** Computed type size and line height of a paragraph of the start page, in CSS px. */
async function typeOf(page: Page): Promise<{ fontSize: number; lineHeight: number }> {
  return page.locator('main p.lead').evaluate((p) => {
    const style = getComputedStyle(p);
    return { fontSize: parseFloat(style.fontSize), lineHeight: parseFloat(style.lineHeight) };
  });
}

async function noHorizontalScrolling(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    await page.evaluate(() => document.documentElement.clientWidth),
  );
}

test('Leichte Sprache is a mode: larger type, one sentence per line, notice, pictograms, Wörter·buch', async ({ page }) => {
  await page.goto('/');
  const standard = await typeOf(page);
  await expect(page.getByRole('complementary', { name: /Leichte Sprache/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Leichte Sprache' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de-x-easy');
  const notice = page.getByRole('complementary', { name: 'Hinweis: Leichte Sprache' });
  await expect(notice).toContainText('gilt nur der Text in Standard·sprache');

  // Larger type and more line spacing than standard German.
  const easy = await typeOf(page);
  expect(easy.fontSize).toBeGreaterThanOrEqual(standard.fontSize * 1.2);
  expect(easy.lineHeight / easy.fontSize).toBeGreaterThanOrEqual(1.6);

  // One sentence per line: each sentence of the lead starts below the one before.
  const sentences = page.locator('main p.lead .easy-sentence');
  expect(await sentences.count()).toBeGreaterThanOrEqual(2);
  const tops = await sentences.evaluateAll((spans) => spans.map((s) => s.getBoundingClientRect()));
  for (let i = 1; i < tops.length; i++) expect(tops[i].top).toBeGreaterThanOrEqual(tops[i - 1].bottom - 1);

  // An official word in a text links to its explanation.
  const antrag = page.locator('main p.lead').getByRole('link', { name: /Anträge/ });
  await expect(antrag).toHaveAttribute('href', '/leichte-sprache/woerterbuch#wort-antrag');
  await expectNoAxeViolations(page, 'Start in Leichter Sprache');

  // Pictograms at the main actions, hidden from screen readers; the action keeps its text as its name.
  await page.goto('/sperrmuellkarte');
  const start = page.getByRole('main').getByRole('link', { name: 'Anmelden und anfangen' });
  await expect(start.locator('svg[data-pictogram="next"]')).toBeVisible();
  await expect(start.locator('svg')).toHaveAttribute('aria-hidden', 'true');
  await expect(page.getByRole('main').getByRole('link', { name: /Sperr·müll/ })).toHaveAttribute('href', /#wort-sperrmuell$/);
  await expectNoAxeViolations(page, 'Sperrmüll start in Leichter Sprache');

  const email = `leicht-${randomUUID().slice(0, 8)}@example.org`;
  expect((await page.request.post('/api/auth/register', { data: { email, password: 'sicheres passwort 2026', name: 'Lea Leicht' } })).status()).toBe(201);
  await page.goto('/sperrmuellkarte');
  await page.getByRole('main').getByRole('button', { name: 'Jetzt anfangen' }).click();
  await expect(page).toHaveURL(/\/gegenstaende$/);
  await expect(page.locator('main form button[type="submit"] svg[data-pictogram="next"]')).toBeVisible();
  await expect(page.locator('main .back-link svg[data-pictogram="back"]')).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Hinweis: Leichte Sprache' })).toBeVisible();
  await expectNoAxeViolations(page, 'Form page in Leichter Sprache');

  // The Wörter·buch, from the notice; a link to an entry lands on it.
  await page.getByRole('complementary', { name: 'Hinweis: Leichte Sprache' }).getByRole('link', { name: /Wörter·buch/ }).click();
  await expect(page).toHaveURL(/\/leichte-sprache\/woerterbuch$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wörter·buch: Schwere Wörter erklärt');
  await expect(page.getByRole('heading', { level: 2, name: 'Fach·dienst' })).toBeVisible();
  await expectNoAxeViolations(page, 'Wörter·buch');
  await page.goto('/leichte-sprache/woerterbuch#wort-aktenzeichen');
  await expect(page.getByRole('heading', { level: 2, name: 'Akten·zeichen' })).toBeFocused();

  // Narrow screens: the larger type still reflows without horizontal scrolling (WCAG 1.4.10).
  await page.setViewportSize({ width: 320, height: 640 });
  await noHorizontalScrolling(page);
  await page.goto('/');
  await expect(notice).toBeVisible();
  await noHorizontalScrolling(page);

  // The notice switches the same page to standard German: the mode ends with it.
  await page.setViewportSize({ width: 1280, height: 800 });
  await notice.getByRole('button', { name: 'Diese Seite in Standard·sprache lesen' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page).toHaveURL(/\/$/);
  await expect(notice).toHaveCount(0);
  await expect(page.locator('main svg.pictogram, main .easy-sentence')).toHaveCount(0);
  expect((await typeOf(page)).fontSize).toBeCloseTo(standard.fontSize, 1);
});

test('the Wörter·buch also explains the words in standard German and English', async ({ page }) => {
  await page.goto('/leichte-sprache/woerterbuch');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wörterbuch zur Leichten Sprache');
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(22);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Fee (Gebühr)' })).toBeVisible();
  await expectNoAxeViolations(page, 'Glossary in English');
});
