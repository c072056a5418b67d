import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { SLOT_POOLS, candidateSlots } from '../domain/slots';
import { expectNoAxeViolations } from './support/axe';
import { registerCitizen } from './support/citizen';

/**
 * A Sperrmüllkarte draft made before version 2 (a typed date) opens on the device as a version 2
 * draft: its date becomes the chosen pickup day, the fee shows before sending, and the server
 * takes the upgraded draft and confirms the day.
 */
test('a version 1 draft is migrated to version 2 when opened, keeping its day', async ({ page }) => {
  await registerCitizen(page, 'Vera Version', null);
  const day = candidateSlots(SLOT_POOLS.sperrmuell, new Date())[6];
  const [year, month, date] = day.split('-');
  const now = new Date().toISOString();
  const id = randomUUID();
  const v1 = {
    id,
    serviceId: 'sperrmuellkarte',
    catalogueVersion: 1,
    answers: {
      items: ['moebel'],
      volume: '3',
      street: 'Horster Straße',
      houseNumber: '4',
      postcode: '59368',
      pickupDate: { day: String(Number(date)), month: String(Number(month)), year },
    },
    currentPage: 'termin',
    status: 'draft',
    createdAt: now,
    updatedAt: now,
    history: [],
    _deleted: false,
  };
  // The draft as an old app version synced it (the browser's own session cookie).
  const pushed = await page.request.post('/api/sync/requests/push', { data: { rows: [{ assumedMasterState: null, newDocumentState: v1 }] } });
  expect(pushed.status()).toBe(200);

  await page.goto('/meine-antraege');
  await page.getByRole('link', { name: /Weiter ausfüllen/ }).first().click();
  await expect(page).toHaveURL(new RegExp(`/sperrmuellkarte/${id}/termin$`));
  await expect(page.locator(`input[name="pickupSlot"][value="${day}"]`)).toBeChecked();
  await expectNoAxeViolations(page, 'Abholtag nach der Umstellung');
  await page.locator('main form button[type="submit"]').click();
  await page.locator('main form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/pruefen$/);
  // 20 € including 2 m³, plus one started m³ at 10 €.
  await expect(page.getByRole('main')).toContainText('30,00');

  await expect
    .poll(async () => {
      const pulled = await (await page.request.post('/api/sync/requests/pull', { data: { checkpoint: null, batchSize: 50 } })).json();
      const doc = pulled.documents.find((d: { id: string }) => d.id === id);
      return doc && `${doc.catalogueVersion} ${doc.answers.pickupSlot} ${'pickupDate' in doc.answers}`;
    }, { timeout: 15_000 })
    .toBe(`2 ${day} false`);

  await page.getByRole('button', { name: /Absenden/ }).click();
  await expect(page.getByRole('main')).toContainText(/SPM-\d{4}-\d{6}/, { timeout: 15_000 });
  await page.goto(`/antraege/${id}`);
  await expect(page.getByRole('main')).toContainText('Bestätigter Termin', { timeout: 15_000 });
});
