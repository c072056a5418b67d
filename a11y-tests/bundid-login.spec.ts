import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

/** The login page's BundID part, through to the identity sandbox, choosing person and level there. */
async function logInWithBundId(page: Page, level: RegExp) {
  await page.getByRole('button', { name: 'Mit BundID anmelden' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Identitäts-Sandbox (statt BundID)');
  await expectNoAxeViolations(page, 'Identitäts-Sandbox');
  await page.getByLabel(/Erika Mustermann/).check();
  await page.getByLabel(level).check();
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

/**
 * Issue 13, BundID: the login page names the attributes taken before anyone leaves for the
 * provider; the real authorization code flow runs through the identity sandbox in Chromium, at
 * two trust levels; the second login finds the account the first one made, and the profile holds
 * the confirmed name and address.
 */
test('BundID login through the identity sandbox at two trust levels', async ({ page }) => {
  await page.goto('/anmelden');
  const bundid = page.getByRole('region', { name: 'Mit BundID anmelden' });
  for (const attribute of ['Vor- und Nachname', 'Geburtsdatum', 'Anschrift', 'Vertrauensniveau der Anmeldung']) {
    await expect(bundid.getByRole('listitem').filter({ hasText: attribute })).toBeVisible();
  }
  await logInWithBundId(page, /^basis/);
  await expect(page).toHaveURL(/\/meine-antraege$/);
  const first = await (await page.request.get('/api/auth/session')).json();
  expect(first.user).toMatchObject({ name: 'Erika Mustermann', login: { trustLevel: 'basis' }, profile: { street: 'Steinstraße', houseNumber: '12' } });

  await page.goto('/abmelden');
  await page.locator('main').getByRole('button', { name: 'Abmelden', exact: true }).click();
  // The provider asks whether to end the login there too (RP-initiated logout), then sends us back.
  await page.getByRole('button', { name: 'Ja, abmelden' }).click();
  expect((await (await page.request.get('/api/auth/session')).json()).user).toBeNull();

  await page.goto('/anmelden');
  await logInWithBundId(page, /^substantiell/);
  await expect(page).toHaveURL(/\/meine-antraege$/);
  const second = await (await page.request.get('/api/auth/session')).json();
  expect(second.user.id).toBe(first.user.id);
  expect(second.user.login.trustLevel).toBe('substantiell');
});
