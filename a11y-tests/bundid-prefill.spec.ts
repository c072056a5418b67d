import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { logInWithBundId } from './support/bundid-fixtures';
import { registerCitizen } from './support/citizen';

const CONFIRMED = 'Von BundID bestätigt.';

/** Starts a service from its start page and opens the given question page of the new draft. */
async function openQuestion(page: import('@playwright/test').Page, serviceId: string, pageId: string): Promise<string> {
  await page.goto(`/${serviceId}`);
  await page.getByRole('main').getByRole('button', { name: 'Jetzt beginnen' }).click();
  await expect(page).toHaveURL(new RegExp(`/${serviceId}/[\\w-]+/[\\w-]+$`));
  const requestId = new URL(page.url()).pathname.split('/')[2];
  await page.goto(`/${serviceId}/${requestId}/${pageId}`);
  return requestId;
}

/**
 * Issue 13: what BundID confirmed (name, address) is prefilled into the forms and said to be
 * confirmed, in the field's description, so a screen reader hears it with the field. The citizen
 * may still change the answer for this request; then it is no longer called confirmed. Another
 * citizen on the same device sees none of it, and cannot make their own data "confirmed" by
 * sending the fields a BundID login sets.
 */
test('BundID name and address are prefilled into forms as confirmed, still changeable, and nobody else’s', async ({ page }) => {
  test.setTimeout(3 * 90_000);
  await page.goto('/anmelden');
  await logInWithBundId(page, /^substantiell/);
  await expect(page).toHaveURL(/\/meine-antraege$/);

  const requestId = await openQuestion(page, 'sperrmuellkarte', 'adresse');
  const main = page.getByRole('main');
  const street = main.getByRole('combobox', { name: 'Straße' });
  const houseNumber = main.getByRole('textbox', { name: 'Hausnummer' });
  const postcode = main.getByRole('textbox', { name: 'Postleitzahl' });
  await expect(street).toHaveValue('Steinstraße');
  await expect(houseNumber).toHaveValue('12');
  await expect(postcode).toHaveValue('59368');
  for (const field of [street, houseNumber, postcode]) {
    await expect(field).toHaveAccessibleDescription(new RegExp(CONFIRMED));
    await expect(field).toBeEditable();
  }
  await expect(main.getByText(CONFIRMED)).toHaveCount(3);
  await expectNoAxeViolations(page, 'Formular mit von BundID bestätigter Anschrift');

  // Another house number for this request: the citizen's answer, no longer called confirmed.
  await houseNumber.fill('14');
  await expect(houseNumber).not.toHaveAccessibleDescription(new RegExp(CONFIRMED));
  await expect(houseNumber).toHaveAccessibleDescription('Zum Beispiel 12 oder 12a');
  await expect(street).toHaveAccessibleDescription(new RegExp(CONFIRMED));
  // Kept on reload, still not confirmed; the profile keeps what BundID said.
  await page.reload();
  await expect(houseNumber).toHaveValue('14');
  await expect(houseNumber).not.toHaveAccessibleDescription(new RegExp(CONFIRMED));
  expect((await (await page.request.get('/api/profile')).json()).profile).toMatchObject({ street: 'Steinstraße', houseNumber: '12' });

  // "Antworten prüfen" says it too, beside each confirmed answer and in its cell, so a screen
  // reader reads it with the answer; the changed house number is not called confirmed there either.
  await page.goto(`/sperrmuellkarte/${requestId}/pruefen`);
  await expect(main.locator('h1')).toHaveText('Prüfen Sie Ihre Angaben');
  const answer = (label: string) => main.locator('.summary-list__row', { has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd').first();
  await expect(answer('Straße')).toHaveText(`Steinstraße ${CONFIRMED}`);
  await expect(answer('Postleitzahl')).toHaveText(`59368 ${CONFIRMED}`);
  await expect(answer('Hausnummer')).toHaveText('14');
  await expect(main.getByText(CONFIRMED)).toHaveCount(2);
  await expectNoAxeViolations(page, 'Angaben prüfen mit von BundID bestätigter Anschrift');

  await openQuestion(page, 'termin-buergerbuero', 'kontakt');
  const name = main.getByRole('textbox', { name: 'Ihr Name' });
  await expect(name).toHaveValue('Erika Mustermann');
  await expect(name).toHaveAccessibleDescription(CONFIRMED);
  // BundID gave no e-mail address: nothing prefilled, nothing called confirmed.
  const email = main.getByRole('textbox', { name: 'Ihre E-Mail-Adresse' });
  await expect(email).toHaveValue('');
  await expect(email).not.toHaveAccessibleDescription(new RegExp(CONFIRMED));

  // Log out (here and at the provider); a second citizen signs in on the same device.
  await page.goto('/abmelden');
  await main.getByRole('button', { name: 'Abmelden', exact: true }).click();
  await page.getByRole('button', { name: 'Ja, abmelden' }).click();
  expect((await (await page.request.get('/api/auth/session')).json()).user).toBeNull();
  await registerCitizen(page, 'Jana Neumann', null);

  // Sending the fields a BundID login sets, as a forged profile: refused by name, nothing stored.
  const origin = { Origin: new URL(page.url()).origin };
  const forged = await page.request.post('/api/profile', {
    headers: origin,
    data: { profile: { name: 'Erika Mustermann', street: 'Steinstraße', houseNumber: '12', postcode: '59368', verifiedFields: ['name', 'street', 'houseNumber', 'postcode'] } },
  });
  expect(forged.status()).toBe(400);
  expect(JSON.stringify(await forged.json())).toContain('verifiedFields');
  const forgedIdentity = await page.request.post('/api/profile', {
    headers: origin,
    data: { profile: { street: 'Steinstraße', houseNumber: '12', postcode: '59368' }, identity: { provider: 'bundid', sub: 'sandbox-erika-mustermann', verifiedFields: ['street'] } },
  });
  expect(forgedIdentity.status()).toBe(400);
  expect(JSON.stringify(await forgedIdentity.json())).toContain('identity');
  const session = (await (await page.request.get('/api/auth/session')).json()).user;
  expect(session.identity).toBeUndefined();
  expect(session.profile?.street).toBeUndefined();

  await openQuestion(page, 'termin-buergerbuero', 'kontakt');
  await expect(name).toHaveValue('Jana Neumann');
  await expect(name).not.toHaveAccessibleDescription(new RegExp(CONFIRMED));
  await openQuestion(page, 'sperrmuellkarte', 'adresse');
  await expect(street).toHaveValue('');
  await expect(houseNumber).toHaveValue('');
  await expect(main.getByText(CONFIRMED)).toHaveCount(0);
  await expect(main).not.toContainText('Steinstraße');
});
