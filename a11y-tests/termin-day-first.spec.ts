import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SLOT_POOLS, candidateSlots } from '../domain/slots';
import { expectNoAxeViolations } from './support/axe';
import { registerCitizen } from './support/citizen';

/**
 * Termin im Bürgerbüro on a phone: day first, then that day's free times (the page was 4,900 px
 * tall with a week of radios); the confirmation repeats date, time and place, offers an .ics and
 * lists what to bring for the concern; the citizen moves the appointment and the old time is free.
 */


const freeOf = async (page: Page, slot: string) => {
  const list = await (await page.request.get('/api/slots/buergerbuero')).json();
  return list.slots.find((s: { id: string }) => s.id === slot)?.free ?? 0;
};

/** An appointment made through the API with the page's session, confirmed by routing. */
async function confirmedAppointment(page: Page, slot: string): Promise<string> {
  const now = new Date().toISOString();
  const doc = {
    id: randomUUID(),
    serviceId: 'termin-buergerbuero',
    catalogueVersion: 1,
    answers: { concern: 'personalausweis', persons: '1', slot, name: 'Jana Neumann', email: 'jana@example.org' },
    status: 'submitted',
    submittedAt: now,
    createdAt: now,
    updatedAt: now,
    history: [],
    _deleted: false,
  };
  const res = await page.request.post('/api/sync/requests/push', { data: { rows: [{ assumedMasterState: null, newDocumentState: doc }] } });
  expect(res.status()).toBe(200);
  return doc.id;
}

test('on a phone: day first, then times; confirmation with date, time, place, .ics and what to bring; moving frees the old time', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await registerCitizen(page, 'Jana Neumann', '/termin-buergerbuero');
  await page.locator('main button.button--start').click();
  await expect(page).toHaveURL(/\/anliegen$/);
  await page.locator('#field-concern-anmeldung').check();
  await page.locator('main form button[type="submit"]').click();
  await page.locator('#field-persons').fill('1');
  await page.locator('main form button[type="submit"]').click();

  await expect(page).toHaveURL(/\/termin$/);
  await expect(page.locator('#field-slot-status')).toContainText('Stand:');
  const days = page.getByLabel('An welchem Tag möchten Sie kommen?');
  await expect(days).toBeVisible();
  // One day's times, not a week's (about 60 radios, 4,900 px): at most a long Thursday's 24.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const shown = await page.locator('input[name="slot"]').count();
  console.log(`Terminauswahl auf dem Telefon: ${height} px hoch, ${shown} Zeiten sichtbar`);
  const firstDay = (await days.inputValue()).slice(0, 10);
  expect(shown).toBe(await page.locator(`input[name="slot"][value^="${firstDay}"]`).count());
  expect(shown).toBeLessThanOrEqual(24);
  expect(height).toBeLessThan(shown > 12 ? 3000 : 2100);
  await expectNoAxeViolations(page, 'Terminauswahl Tag zuerst');
  const second = (await days.locator('option').nth(1).getAttribute('value'))!;
  await days.selectOption(second);
  await expect(page.locator('.slot-picker__group-legend')).toContainText('Freie Zeiten am');
  const firstTime = page.locator('input[name="slot"]').first();
  const chosen = (await firstTime.getAttribute('value'))!;
  expect(chosen.startsWith(second)).toBe(true);
  // Other specs on this worker's portal book Bürgerbüro times too (messages-follow-language.spec
  // takes the second day's first time): what counts is that booking takes one place of it.
  const freeBefore = await freeOf(page, chosen);
  await firstTime.check();
  await page.locator('main form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/kontakt$/);
  await page.locator('main form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/pruefen$/);
  await page.locator('main form button').last().click();

  await expect(page).toHaveURL(/\/bestaetigung$/);
  const facts = page.locator('#appointment-facts');
  await expect(facts).toBeVisible({ timeout: 15_000 });
  const [y, m, d] = chosen.slice(0, 10).split('-').map(Number);
  const dateText = new Intl.DateTimeFormat('de-DE', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
  await expect(facts).toContainText(dateText);
  await expect(facts).toContainText(chosen.slice(11));
  await expect(facts).toContainText('Bürgerbüro im Stadthaus, Konrad-Adenauer-Platz 1, 59368 Werne');
  await expect(page.locator('#appointment-bring')).toContainText('Wohnungsgeberbestätigung');
  await expectNoAxeViolations(page, 'Termin Bestätigung mit Termin');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#appointment-ics').click()]);
  const ics = readFileSync((await download.path())!, 'utf8').replace(/\r\n /g, '');
  expect(ics).toMatch(/DTSTART:\d{8}T\d{6}Z\r\n/);
  expect(ics).toContain('LOCATION:Bürgerbüro im Stadthaus\\, Konrad-Adenauer-Platz 1\\, 59368 Werne');
  expect(ics).toContain('SUMMARY:Termin im Bürgerbüro Werne: Anmeldung oder Ummeldung der Wohnung');
  expect(ics).toMatch(/DESCRIPTION:Aktenzeichen TBB-\d{4}-\d{6}\. Bitte bringen Sie mit: .*Wohnungsgeberbestätigung/);
  expect(await freeOf(page, chosen)).toBe(freeBefore - 1);

  // Move it: day first again; the old time is free afterwards.
  await page.locator('#appointment-move').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Termin verlegen');
  await page.locator('main form button[type="submit"]').click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expectNoAxeViolations(page, 'Termin verlegen mit Fehler');
  const moveDays = page.getByLabel('An welchem Tag möchten Sie kommen?');
  const third = (await moveDays.locator('option').nth(2).getAttribute('value'))!;
  await moveDays.selectOption(third);
  const target = (await page.locator('input[name="slot"]').first().getAttribute('value'))!;
  const targetFreeBefore = await freeOf(page, target);
  await page.locator('input[name="slot"]').first().check();
  await page.locator('#move-submit').click();
  await expect(page).toHaveURL(/\/antraege\/[^/]+$/);
  await expect(page.getByRole('main')).toContainText('Ihr Termin ist verlegt. Der alte Termin ist wieder frei.');
  await expect(page.locator('#appointment-facts')).toContainText(target.slice(11), { timeout: 15_000 });
  expect(await freeOf(page, chosen)).toBe(freeBefore);
  expect(await freeOf(page, target)).toBe(targetFreeBefore - 1);
});

test('another citizen cannot open the move of someone else\'s appointment', async ({ page, browser }) => {
  await registerCitizen(page, 'Jana Neumann', null);
  const slot = candidateSlots(SLOT_POOLS.buergerbuero, new Date()).at(-3)!;
  const id = await confirmedAppointment(page, slot);
  await page.goto(`/antraege/${id}`);
  await expect(page.locator('#appointment-facts')).toBeVisible({ timeout: 15_000 });

  const context = await browser.newContext();
  const other = await context.newPage();
  await registerCitizen(other, 'Otto Anders', null);
  const refused = await other.request.post(`/api/termine/${id}/verlegen`, { data: { slot: candidateSlots(SLOT_POOLS.buergerbuero, new Date()).at(-4) } });
  expect(refused.status()).toBe(404);
  await other.goto(`/antraege/${id}/termin-verlegen`);
  await expect(other.getByRole('heading', { level: 1 })).not.toHaveText('Termin verlegen');
  await context.close();
  expect(await freeOf(page, slot)).toBe(1);
});

// A confirmed appointment and moving it (with its error summary) are checked with axe in every
// language, viewport and colour scheme by the matrix (screens.ts: appointment-detail,
// move-appointment); the focus on the error summary is checked above.
