import { expect, test } from '@playwright/test';
import { browseAs, routedRequest } from './support/routed-request';

/**
 * A citizen opens the portal on a new device: until the first pull has brought their requests,
 * the list says it is syncing — never "you have no requests", which would be false.
 */
test('a new device says "syncing" until its first pull has brought the requests, never "no requests"', async ({ page }) => {
  const { reference, citizen } = await routedRequest('Markt', 'Nele Neugerät');
  await browseAs(page, citizen);
  // A slow connection: the first pull takes two seconds to answer.
  let releasePull!: () => void;
  const pullHeld = new Promise<void>((resolve) => (releasePull = resolve));
  await page.route('**/api/sync/requests/pull', async (route) => {
    await pullHeld;
    await route.continue();
  });
  await page.goto('/meine-antraege');
  await expect(page.getByRole('status').filter({ hasText: 'Ihre Anträge werden abgeglichen' })).toBeVisible();
  await expect(page.getByText('Sie haben noch keine Anträge.')).toHaveCount(0);
  releasePull();
  await expect(page.getByRole('main')).toContainText(reference);
  await expect(page.getByText('Ihre Anträge werden abgeglichen')).toHaveCount(0);
});
