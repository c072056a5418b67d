import { chromium } from 'playwright-core';

import { CHROMIUM_ARGS } from '../../a11y-tests/playwright.config';
import '../../domain/city/load-city';
import { allStreets } from '../../domain/places';

/**
 * The real device path: Chromium with the built app, `count` Sperrmüllkarten filled and sent
 * through the form while offline, then the connection returns. Measures from reconnect until
 * all of them are routed — numbered and in the department's inbox (RxDB replication, server
 * checks, routing).
 */
export async function measureOfflineDraftsInBrowser(baseUrl: string, count: number, onProgress: (n: number) => void) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ baseURL: baseUrl, locale: 'de-DE' });
    const page = await context.newPage();
    const email = `bench-${Date.now()}@example.org`;
    const reg = await page.request.post('/api/auth/register', { data: { email, password: 'benchmark passwort', name: 'Bench Browser' } });
    if (reg.status() !== 202) throw new Error(`register failed: ${reg.status()}`);
    const login = await page.request.post('/api/auth/login', { data: { email, password: 'benchmark passwort' } });
    if (login.status() !== 200) throw new Error(`login failed: ${login.status()}`);
    await page.goto('/meine-antraege');
    await page.evaluate(async () => navigator.serviceWorker.ready);
    await page.reload();
    // Playwright's offline emulation can miss a request made while a page is loading; refusing
    // every API call as well keeps the device truly offline until the clock starts.
    await context.setOffline(true);
    await context.route('**/api/**', (route) => route.abort('internetdisconnected'));
    // One street per district, and the pickup days spread, so no day's capacity runs out.
    const streets = allStreets().map((s) => s.name).slice(0, 7);
    for (let i = 0; i < count; i++) {
      await page.goto('/sperrmuellkarte');
      await page.getByRole('button', { name: 'Jetzt beginnen' }).click();
      await page.locator('#field-items-moebel').check();
      await page.locator('main form button[type="submit"]').click();
      await page.locator('#field-volume').fill('2');
      await page.locator('main form button[type="submit"]').click();
      await page.locator('#field-street').fill(streets[i % streets.length]);
      await page.locator('#field-houseNumber').fill(String(i + 1));
      await page.locator('#field-postcode').fill('59368');
      await page.locator('main form button[type="submit"]').click();
      await page.locator('input[name="pickupSlot"]').nth(Math.floor(i / streets.length) % 15).check();
      await page.locator('main form button[type="submit"]').click();
      await page.locator('main form button[type="submit"]').click();
      await page.locator('main button').last().click();
      await page.waitForURL(/\/bestaetigung$/);
      if ((i + 1) % 25 === 0) onProgress(i + 1);
    }
    const received = async (): Promise<number | undefined> => {
      const res = await page.request.post('/api/sync/requests/pull', { data: { checkpoint: null, batchSize: 200 } });
      if (!res.ok()) return undefined;
      return ((await res.json()).documents as { status: string }[]).filter((d) => d.status === 'received').length;
    };
    const t0 = performance.now();
    await context.unroute('**/api/**');
    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    for (;;) {
      if (((await received()) ?? 0) >= count) break;
      if (performance.now() - t0 > 120_000) throw new Error(`only ${await received()} of ${count} offline drafts arrived within 120 s`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return performance.now() - t0;
  } finally {
    await browser.close();
  }
}
