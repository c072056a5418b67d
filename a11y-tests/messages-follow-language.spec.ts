import { randomUUID } from 'node:crypto';
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { SLOT_POOLS, candidateSlots } from '../domain/slots';
import { ApiClient, appointmentDraft, eventually, submitted } from '../server/test-support/api-client';
import { translator } from '../server/http/i18n';
import { maengelmelderDraft } from './support/map-fixtures';
import { browseAs, routedRequest } from './support/routed-request';

/**
 * A message a citizen's page raised (a refusal from the server, a wrong input, a "me too"
 * counted) is reworded when the citizen switches the language in the header, as the rest of the
 * page is; it stayed in the language it was raised in while the pages kept the worded sentence
 * in their state. One signed-in device for the file: each test raises its message in German,
 * switches to English and back.
 */
const de = translator('de');
const en = translator('en');

let context: BrowserContext;
let page: Page;
let citizen: ApiClient;
let payableId: string;

test.beforeAll(async ({ browser, baseURL }) => {
  // The device may tell its position (the first test sets it near its report); the map asks for it on the button.
  context = await browser.newContext({ baseURL, locale: 'de-DE', permissions: ['geolocation'] });
  page = await context.newPage();
  ({ id: payableId, citizen } = await routedRequest('Bonenstraße', 'Sena Sprachwechsel'));
  await browseAs(page, citizen);
});
test.afterAll(() => context.close());

/** Chooses a language in the header, in place (no page load). */
async function speak(button: 'Deutsch' | 'English', lang: 'de' | 'en'): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/** The message is in German, then in English after the switch, then in German again. */
async function followsTheSwitch(where: Locator, key: string, values: Record<string, unknown> = {}): Promise<void> {
  const [inGerman, inEnglish] = [de(key, values), en(key, values)];
  expect(inEnglish).not.toBe(inGerman);
  await expect(where).toContainText(inGerman);
  await speak('English', 'en');
  await expect(where).toContainText(inEnglish);
  await expect(where).not.toContainText(inGerman);
  await speak('Deutsch', 'de');
  await expect(where).toContainText(inGerman);
}

test('"Ich auch" on a nearby report: the thanks follows the language', async ({ baseURL }) => {
  // A spot of its own, more than the nearby radius (1 km) from the market square where other specs
  // on this worker's portal report (maengelmelder-map.spec left a second "Verkehrsschild" within
  // 50 m of the square: two buttons), and another one for a retry, whose first try's report stays.
  const spot = { latitude: 51.676 + 0.02 * test.info().retry, longitude: 7.618 };
  await context.setGeolocation(spot);
  const other = new ApiClient(baseURL!);
  await other.register('Otto Ortsnah');
  const report = submitted(maengelmelderDraft({ category: 'schild', locateBy: 'position', position: `${(spot.latitude + 0.0001).toFixed(5)}, ${(spot.longitude + 0.0001).toFixed(5)}`, description: 'Schild schief', wantsFeedback: 'nein' }));
  await other.push([{ assumedMasterState: null, newDocumentState: report }]);
  await eventually(async () => (await other.current(report.id))?.status === 'received', 20_000, 'routing');
  const draft = maengelmelderDraft({ category: 'schild', locateBy: 'position' });
  expect((await citizen.push([{ assumedMasterState: null, newDocumentState: draft }])).status).toBe(200);

  await page.goto(`/maengelmelder/${draft.id}/position`);
  await page.getByRole('button', { name: 'Meinen Standort verwenden' }).click();
  const nearby = page.getByRole('region', { name: 'Schon gemeldet in der Nähe' });
  await nearby.getByRole('listitem').filter({ hasText: 'etwa 50 m entfernt' }).getByRole('button', { name: /^Ich auch/ }).click();
  // Found by its place on the page: its name changes with the language.
  await followsTheSwitch(page.locator('.nearby-reports [role="status"]'), 'map:nearby.counted', { count: 2 });
});

/** A Bürgerbüro appointment at `slot`, sent by the device's citizen and confirmed by routing. */
async function appointmentAt(slot: string): Promise<string> {
  const doc = submitted(appointmentDraft(slot));
  expect((await citizen.push([{ assumedMasterState: null, newDocumentState: doc }])).status).toBe(200);
  await eventually(async () => !!(await citizen.current(doc.id))?.confirmedSlot, 20_000, 'appointment routing');
  return doc.id;
}

test('moving an appointment: the missing choice and the server refusing a second one that day follow the language', async () => {
  const slots = candidateSlots(SLOT_POOLS.buergerbuero, new Date());
  const days = [...new Set(slots.map((s) => s.slice(0, 10)))];
  const [first, second] = [slots.find((s) => s.startsWith(days[1]))!, slots.filter((s) => s.startsWith(days[2]))];
  const id = await appointmentAt(first);
  await appointmentAt(second[0]);

  await page.goto(`/antraege/${id}/termin-verlegen`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Termin verlegen');
  await page.locator('#move-submit').click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await followsTheSwitch(summary, 'termin:move.required');

  // The other appointment's day: one Bürgerbüro appointment per person and day, says the server.
  await page.getByLabel('An welchem Tag möchten Sie kommen?').selectOption(days[2]);
  await page.locator(`input[name="slot"][value="${second.at(-1)}"]`).check();
  await page.locator('#move-submit').click();
  await expect(summary).toBeFocused();
  await followsTheSwitch(summary, 'termin:apiErrors.holding_limit');
});

test('paying online: the refusal of one attempt too many follows the language', async () => {
  // The city allows 30 attempts per fee (server/payments/payment-ledger.ts); 30 are started and
  // cancelled at the provider, as a payer who gives up each time would.
  for (let n = 1; n <= 30; n++) {
    const started = await citizen.call('POST', `/api/requests/${payableId}/payments`, {}, { 'Idempotency-Key': `attempt-${n}-${randomUUID()}` });
    expect(started.status).toBe(201);
    const cancelled = await fetch(started.body.redirectUrl, {
      method: 'POST',
      body: new URLSearchParams({ outcome: 'cancel' }),
      redirect: 'manual',
    });
    expect(cancelled.status).toBe(303);
  }

  await page.goto(`/antraege/${payableId}/bezahlen`);
  await page.getByRole('button', { name: /Weiter zur Bezahlung|Erneut versuchen/ }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await followsTheSwitch(summary, 'payments:pay.errors.tooManyAttempts');
});
