import { expect, test } from '@playwright/test';
import { SLOT_POOLS, candidateSlots } from '../domain/slots';
import { ApiClient, eventually, sperrmuellDraft, submitted } from '../server/test-support/api-client';
import { E2E_PORT } from './playwright.config';
import { expectNoAxeViolations } from './support/axe';
import { logIn } from './support/citizen';
import { browseAs } from './support/routed-request';

const ADMIN = { email: 'admin@stadt-werne.example', password: 'werne-demo-admin' };
const BASE = `http://127.0.0.1:${E2E_PORT}`;
// The last bookable days: no other spec books that far ahead, so closing one moves only ours.
const days = candidateSlots(SLOT_POOLS.sperrmuell, new Date());
const DAY = days.at(-2)!;
const NEXT = days.at(-1)!;
const german = (d: string) => new Intl.DateTimeFormat('de-DE', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));

// The specs share one portal: the day is opened again whatever happened, so later specs find it bookable.
test.afterAll(async () => {
  const admin = new ApiClient(BASE);
  await admin.login(ADMIN.email, ADMIN.password);
  await admin.call('POST', '/api/admin/capacity/sperrmuell/open', { date: DAY });
});

test('closing a day with bookings: the administrator sees who is affected, moves them, and the citizen sees the new day and the message', async ({ page, browser }) => {
  const citizen = new ApiClient(BASE);
  await citizen.register('Clara Kolonne');
  const draft = sperrmuellDraft();
  const doc = submitted({ ...draft, answers: { ...draft.answers, street: 'Bonenstraße', pickupSlot: DAY } });
  expect((await citizen.push([{ assumedMasterState: null, newDocumentState: doc }])).status).toBe(200);
  const routed = await eventually(async () => {
    const d = await citizen.current(doc.id);
    return d?.confirmedSlot === DAY && d;
  }, 30_000, 'the pickup confirmed');

  await logIn(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/verwaltung$/);
  await page.locator('main a[href="/verwaltung/kapazitaet"]').click();
  await expect(page.locator('h1')).toHaveText('Kapazitäten und Schließtage');
  await expect(page.locator('#sperrmuell-perDistrict-mitte')).toHaveValue('8');

  // By keyboard: the day, the reason, "move" (the default), then the check step.
  await page.locator('#close-date').fill(DAY);
  await page.locator('#close-reason').focus();
  await page.keyboard.type('Personalmangel in der Kolonne');
  await page.keyboard.press('Tab');
  await expect(page.locator('#close-handling-move')).toBeFocused();
  await expect(page.locator('#close-handling-move')).toBeChecked();
  await page.getByRole('button', { name: 'Betroffene Buchungen anzeigen' }).press('Enter');
  const preview = page.locator('#close-preview');
  await expect(preview).toBeFocused();
  await expect(preview.locator('h3')).toContainText(`Betroffene Buchungen am ${german(DAY)}: `);
  const row = preview.locator('tbody tr', { hasText: routed.reference! });
  await expect(row).toContainText(german(DAY));
  await expect(row).toContainText(german(NEXT));
  await expectNoAxeViolations(page, 'Kapazitäten: betroffene Buchungen vor dem Schließen');
  // Nothing changed before the confirmation.
  expect((await citizen.current(doc.id))!.confirmedSlot).toBe(DAY);

  await page.getByRole('button', { name: 'Tag schließen und Betroffene benachrichtigen' }).press('Enter');
  await expect(page.locator('#capacity-feedback')).toBeFocused();
  await expect(page.locator('#capacity-feedback')).toContainText(`${german(DAY)} ist geschlossen.`);
  await expect(page.locator('main')).toContainText(`${german(DAY)}: geschlossen (Personalmangel in der Kolonne)`);

  // The citizen, on their own device: the new day on the request and the message in its thread.
  const context = await browser.newContext();
  const device = await context.newPage();
  await browseAs(device, citizen);
  await device.goto(`/antraege/${doc.id}`);
  await expect(device.locator('main')).toContainText(german(NEXT), { timeout: 20_000 });
  await expect(device.locator('main')).toContainText('fällt aus: Personalmangel in der Kolonne');
  await context.close();
});
