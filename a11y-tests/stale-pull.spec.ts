import { expect, test, type Route } from '@playwright/test';
import { ApiClient } from '../server/test-support/api-client';
import { E2E_PORT } from './playwright.config';
import { browseAs } from './support/routed-request';

/**
 * The race behind answers missing on the check page under machine load (issue 17 runs): the
 * server answers a pull with the draft as it was a moment ago, the device meanwhile sends the
 * citizen's choice, and the old answer arrives last. Here the timing is made, not awaited: the
 * first pull that carries the new draft is asked of the server at once (so its answer is the
 * draft before the choice) and delivered only after the choice has been sent; later pulls are
 * held back until the citizen has answered the next page on top of what the device then holds.
 */
test.use({ serviceWorkers: 'block' });

test('an old pull answer arriving after the citizen chose never takes the choice back', async ({ page }) => {
  const citizen = new ApiClient(`http://127.0.0.1:${E2E_PORT}`);
  await citizen.register('Lotte Langsam');
  await browseAs(page, citizen);

  let draftId = '';
  let stale: { deliver(): Promise<void> } | undefined;
  let holdLater = false;
  const heldLater: Route[] = [];
  let pullsAfterStale = 0;
  await page.route('**/api/sync/requests/pull', async (route) => {
    if (stale || !draftId) {
      if (stale) pullsAfterStale++;
      if (holdLater) return void heldLater.push(route);
      return route.continue();
    }
    const response = await route.fetch();
    const body = (await response.json()) as { documents: { id: string }[] };
    if (!body.documents.some((d) => d.id === draftId)) return route.fulfill({ response });
    stale = { deliver: () => route.fulfill({ response }) };
  });
  // The choice and the page the citizen moved on to, both confirmed: the device has nothing unsent.
  const chosenSent = page.waitForResponse((r) => {
    const sent = r.request().postData() ?? '';
    return r.url().endsWith('/api/sync/requests/push') && r.status() === 200 && sent.includes('"kind":"barriere"') && sent.includes('"currentPage":"ort"');
  });

  await page.goto('/barriere-melden');
  await page.locator('main button').last().click();
  await expect(page).toHaveURL(/\/anliegen$/);
  draftId = new URL(page.url()).pathname.split('/')[2];
  // The device's first push of the new draft makes the server announce it; that pull is the stale one.
  await expect.poll(() => Boolean(stale), { message: 'a pull carrying the new draft was answered', timeout: 20_000 }).toBe(true);

  await page.locator('#field-kind-barriere').check();
  await page.locator('main form button[type="submit"]').last().click();
  await expect(page).toHaveURL(/\/ort$/);
  await chosenSent;
  // RxDB notes the confirmed state as the server's right after the push's answer.
  await page.waitForTimeout(500);

  // The old answer arrives now; the pull after it (which would repair things) waits.
  holdLater = true;
  await stale!.deliver();
  await expect.poll(() => pullsAfterStale, { message: 'the device stored the old pull and asked again' }).toBeGreaterThan(0);
  // Back on the first page the device shows what it holds: the choice, not the old draft.
  await page.getByRole('link', { name: 'Zurück' }).click();
  await expect(page).toHaveURL(/\/anliegen$/);
  await expect(page.locator('#field-kind-barriere'), 'the choice is still there on the device').toBeChecked();
  await page.locator('main form button[type="submit"]').last().click();
  await expect(page).toHaveURL(/\/ort$/);
  await page.locator('#field-area-abfallkalender').check();
  await page.locator('#field-pageName').fill('Abfallkalender');
  await expect
    .poll(async () => (await citizen.current(draftId))?.answers.pageName, { timeout: 20_000 })
    .toBe('Abfallkalender');
  holdLater = false;
  for (const route of heldLater.splice(0)) await route.continue();

  // On the server and on the device: the first page's choice and the second page's answers.
  const server = (await citizen.current(draftId))!;
  expect(server.answers).toMatchObject({ kind: 'barriere', area: 'abfallkalender', pageName: 'Abfallkalender' });
  expect(server.keptAnswers).toBeUndefined();
  await page.goto(`/barriere-melden/${draftId}/pruefen`);
  const main = page.getByRole('main');
  await expect(main).toContainText('Eine Barriere melden');
  await expect(main).toContainText('Abfallkalender');
});
