import { expect, test, type Page } from '@playwright/test';
import { ApiClient, sperrmuellDraft } from '../server/test-support/api-client';
import { E2E_PORT } from './playwright.config';
import { browseAs } from './support/routed-request';

/**
 * Issue 17: a signed-in question on a fresh device (a session cookie, nothing stored) on a slow
 * phone. What its first paint needs is asked for together, and nothing it does not need shares
 * the line with it. Order of requests and paint only, never a duration.
 */

interface Loaded {
  url: string;
  startTime: number;
  responseEnd: number;
}

async function resources(page: Page): Promise<Loaded[]> {
  return page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({ url: e.name, startTime: e.startTime, responseEnd: e.responseEnd })),
  );
}

async function signedInQuestion(page: Page, name: string): Promise<string> {
  const citizen = new ApiClient(`http://127.0.0.1:${E2E_PORT}`);
  await citizen.register(name);
  const draft = sperrmuellDraft({ answers: {} as never });
  expect((await citizen.push([{ assumedMasterState: null, newDocumentState: draft }])).status).toBe(200);
  await browseAs(page, citizen);
  return `/sperrmuellkarte/${draft.id}/gegenstaende`;
}

test('the local database, the upload queue and the departments come after the first paint, not beside it', async ({ page, context }) => {
  const address = await signedInQuestion(page, 'Paula Pünktlich');
  await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(address);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 20_000 });
  const later = [/\/assets\/rxdb\.[0-9a-f]+\.js$/, /\/assets\/rxdb-vendor\.[0-9a-f]+\.js$/, /\/assets\/files\.[0-9a-f]+\.js$/, /\/api\/departments$/];
  // Each of them is asked for at all (else "after" would hold for nothing).
  const missing = async () => {
    const loaded = await resources(page);
    return later.filter((p) => !loaded.some((r) => p.test(r.url))).map(String);
  };
  await expect.poll(missing, { timeout: 20_000 }).toEqual([]);
  const painted = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
  expect(painted, 'the page has painted').not.toBeNull();
  const early = (await resources(page)).filter((r) => later.some((p) => p.test(r.url)) && r.startTime < painted!);
  expect(early.map((r) => `${new URL(r.url).pathname} asked at ${r.startTime.toFixed(0)} ms, first paint at ${painted!.toFixed(0)} ms`)).toEqual([]);
});

test('the question’s texts and the header’s emblem are asked for with the catalogue, not after it', async ({ page }) => {
  const address = await signedInQuestion(page, 'Jonas Gleichzeitig');
  // The catalogue comes slowly: whatever waits for it is asked for only after it has arrived.
  let catalogueServed = 0;
  await page.route(/\/assets\/catalogue\.[0-9a-f]+\.json$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    catalogueServed = Date.now();
    await route.continue();
  });
  const textsArrived: number[] = [];
  page.on('response', async (response) => {
    if (!/\/assets\/\d+\.[0-9a-f]+\.js$/.test(response.url())) return;
    // The Sperrmüllkarte's own texts, in a numbered chunk: known by what they say.
    if ((await response.text().catch(() => '')).includes('Mit der Sperrm\\xFCllkarte')) textsArrived.push(Date.now());
  });
  let emblemAsked = 0;
  page.on('request', (request) => {
    if (/\/assets\/emblem\.[0-9a-f]+\.svg$/.test(request.url()) && !emblemAsked) emblemAsked = Date.now();
  });
  await page.goto(address);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 20_000 });
  expect(textsArrived.length, 'the Sperrmüllkarte texts were fetched').toBeGreaterThan(0);
  expect(catalogueServed).toBeGreaterThan(0);
  expect(textsArrived[0], 'the question texts arrived while the catalogue was still on its way').toBeLessThan(catalogueServed);
  expect(emblemAsked, 'the emblem was asked for while the catalogue was still on its way').toBeGreaterThan(0);
  expect(emblemAsked).toBeLessThan(catalogueServed);
});
