import { expect, test, type Page } from '@playwright/test';
import type { ApiClient } from '../server/test-support/api-client';
import { expectNoAxeViolations } from './support/axe';
import { payingCitizen, sperrmuellDraftFor } from './support/payment-requests';

/** Sends the draft from its check page with "pay online" chosen; waits until the city has it. */
async function sendChoosingOnline(page: Page, id: string): Promise<void> {
  await page.goto(`/sperrmuellkarte/${id}/pruefen`);
  const main = page.getByRole('main');
  await expect(main).toContainText('Gebühr: 30,00 €');
  await expect(main).toContainText('Für die Abholung Ihres Sperrmülls');
  await page.getByLabel('Online bezahlen, gleich nach dem Absenden').check();
  await page.getByRole('button', { name: /Absenden/ }).click();
  await expect(main.getByRole('link', { name: 'Jetzt bezahlen' })).toBeVisible({ timeout: 20_000 });
}

/** On the sandbox provider's hosted page: the tester picks the outcome. */
async function chooseAtProvider(page: Page, outcome: 'success' | 'failure' | 'cancel'): Promise<void> {
  await expect(page).not.toHaveURL(/\/antraege\//);
  await page.locator(`button[name="outcome"][value="${outcome}"]`).click();
}

/** The server's view: the fee's summary and the latest online attempt. */
async function serverView(api: ApiClient, id: string) {
  const res = await api.call('GET', `/api/requests/${id}/payment`);
  expect(res.status).toBe(200);
  return res.body as { payment: { state: string; method?: string; amountCents: number }; onlineAttempt: { paymentId: string } | null };
}

async function serverPayment(api: ApiClient, id: string) {
  return (await serverView(api, id)).payment;
}

test('a Sperrmüllkarte is paid online once, whatever the back button and a double click do', async ({ page, baseURL }) => {
  const api = await payingCitizen(page, baseURL!, 'Olga Online');
  const id = await sperrmuellDraftFor(api);
  await sendChoosingOnline(page, id);
  const main = page.getByRole('main');
  await expectNoAxeViolations(page, 'Bestätigung: jetzt bezahlen');
  await main.getByRole('link', { name: 'Jetzt bezahlen' }).click();
  await expect(page).toHaveURL(new RegExp(`/antraege/${id}/bezahlen$`));
  await expect(main).toContainText('Sie bezahlen 30,00 €');
  await expectNoAxeViolations(page, 'Bezahlen');

  // A double click starts one payment: one POST, and the button is disabled meanwhile.
  const starts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith(`/api/requests/${id}/payments`)) starts.push(r.headers()['idempotency-key']);
  });
  await page.getByRole('button', { name: 'Weiter zur Bezahlung' }).dblclick();
  await expect(page).not.toHaveURL(/\/antraege\//);
  const paymentId = (await serverView(api, id)).onlineAttempt!.paymentId;
  const firstProviderUrl = page.url();
  expect(starts).toHaveLength(1);

  // Back from the provider's page without choosing: pressing pay again resumes the same payment.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/antraege/${id}/bezahlen$`));
  await page.getByRole('button', { name: /Weiter zur Bezahlung|Erneut versuchen/ }).click();
  await expect(page).not.toHaveURL(/\/antraege\//);
  expect(page.url()).toBe(firstProviderUrl);
  expect((await serverView(api, id)).onlineAttempt!.paymentId).toBe(paymentId);
  await expectNoAxeViolations(page, 'Bezahlseite des Zahlungsdienstes (Sandbox)');
  await chooseAtProvider(page, 'success');

  // Back in the portal: the outcome as the server reports it.
  await expect(page).toHaveURL(new RegExp(`/antraege/${id}/bezahlen$`));
  await expect(page.getByRole('region', { name: 'Vielen Dank. Die Gebühr ist bezahlt.' })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('#payment-receipt-link')).toHaveText('Zahlungsbestätigung als PDF herunterladen');
  await expectNoAxeViolations(page, 'Bezahlt');
  const paid = await serverPayment(api, id);
  expect(paid.state).toBe('paid');
  expect(paid.method).toBe('online');

  // Going back twice (to the provider's page and the pay page before it) and paying again pays nothing twice.
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/antraege/${id}/bezahlen$`));
  await expect(page.getByRole('region', { name: 'Vielen Dank. Die Gebühr ist bezahlt.' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Weiter zur Bezahlung' })).toHaveCount(0);
  // The page's key again gives back the one payment (or "already paid"); a new key is refused.
  const again = await api.call('POST', `/api/requests/${id}/payments`, {}, { 'Idempotency-Key': starts[0] });
  if (again.status < 300) expect(again.body.paymentId).toBe(paymentId);
  else expect(again.status).toBe(409);
  const fresh = await api.call('POST', `/api/requests/${id}/payments`, {}, { 'Idempotency-Key': 'another-key-after-paid' });
  expect(fresh.status).toBe(409);
  expect(paid.amountCents).toBe(3000);
  expect((await serverView(api, id)).onlineAttempt!.paymentId).toBe(paymentId);

  // The request shows it paid, also in the list.
  await page.goto(`/antraege/${id}`);
  await expect(main).toContainText(/Bezahlt am \d{1,2}\. \p{L}+ \d{4}/u, { timeout: 15_000 });
  await expect(main.getByRole('link', { name: 'Jetzt bezahlen' })).toHaveCount(0);
  await expect(page.locator('#payment-receipt-link')).toBeVisible();
  await expectNoAxeViolations(page, 'Antrag bezahlt');
});

test('a cancelled and a failed attempt can be tried again until the fee is paid', async ({ page, baseURL }) => {
  const api = await payingCitizen(page, baseURL!, 'Rudi Retry');
  const draftId = await sperrmuellDraftFor(api);
  await sendChoosingOnline(page, draftId);
  const main = page.getByRole('main');
  await page.goto(`/antraege/${draftId}/bezahlen`);

  await page.getByRole('button', { name: 'Weiter zur Bezahlung' }).click();
  await chooseAtProvider(page, 'cancel');
  await expect(page).toHaveURL(new RegExp(`/antraege/${draftId}/bezahlen$`));
  await expect(main).toContainText('Sie haben die Zahlung abgebrochen.', { timeout: 20_000 });
  await expectNoAxeViolations(page, 'Zahlung abgebrochen');

  await page.getByRole('button', { name: 'Erneut versuchen' }).click();
  await chooseAtProvider(page, 'failure');
  await expect(main).toContainText('Die Zahlung hat nicht geklappt.', { timeout: 20_000 });
  await expectNoAxeViolations(page, 'Zahlung fehlgeschlagen');
  expect((await serverPayment(api, draftId)).state).toBe('open');

  await page.getByRole('button', { name: 'Erneut versuchen' }).click();
  await chooseAtProvider(page, 'success');
  await expect(page.getByRole('region', { name: 'Vielen Dank. Die Gebühr ist bezahlt.' })).toBeVisible({ timeout: 20_000 });
  expect((await serverPayment(api, draftId)).state).toBe('paid');
});
