import { expect, test, type Page } from '@playwright/test';
import { ApiClient } from '../server/test-support/api-client';
import { E2E_PORT } from './playwright.config';
import { logIn } from './support/citizen';
import { browseAs, routedRequest } from './support/routed-request';
import { decideCase } from '../server/test-support/decide';

/**
 * Stored XSS (issue "Trust boundaries", section 3): markup a citizen or a clerk types is stored
 * as it is and must come back as text on every page that shows it, never run. Each payload sets
 * a flag on `window` if it ever executes.
 */
const PAYLOADS = [`<img src=x onerror="window.__xss='img'">`, `<script>window.__xss='script'</script>`, `"><svg onload="window.__xss='svg'">`];
const NAME = `Xaver ${PAYLOADS[0]}`;
const REASON = `Abgelehnt ${PAYLOADS[1]} ${PAYLOADS[2]}`;

async function expectShownNotRun(page: Page, text: string) {
  await expect(page.getByRole('main')).toContainText(text);
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(await page.locator('main img[src="x"], main svg[onload], main script').count()).toBe(0);
}

test('markup in a citizen’s name and a clerk’s reason is shown as text to clerk and citizen, never run', async ({ page, browser }) => {
  const { id, reference, citizen } = await routedRequest('Bonenstraße', NAME);

  // The clerk: inbox and case detail show the citizen's name.
  await logIn(page, 'abfall@stadt-werne.example', 'werne-demo-abfall');
  await expect(page).toHaveURL(/\/sachbearbeitung$/);
  await page.goto(`/sachbearbeitung/${id}`);
  await expect(page.locator('h1')).toHaveText(`Antrag ${reference}`);
  await expectShownNotRun(page, NAME);

  // The clerk rejects with a reason full of markup; the citizen reads it on the request's page.
  const clerk = new ApiClient(`http://127.0.0.1:${E2E_PORT}`);
  expect((await clerk.login('abfall@stadt-werne.example', 'werne-demo-abfall')).status).toBe(200);
  expect((await decideCase(clerk, id, 'reject', REASON)).status).toBe(200);
  const context = await browser.newContext();
  const citizenPage = await context.newPage();
  await browseAs(citizenPage, citizen);
  await citizenPage.goto(`/antraege/${id}`);
  await expectShownNotRun(citizenPage, REASON);
  await citizenPage.goto('/mein-bereich');
  await expectShownNotRun(citizenPage, NAME.split(' ')[0]);
  await context.close();
});
