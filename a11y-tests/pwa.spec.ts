import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { launchDevice } from './support/browser';
import { DEMO_CITIZEN, logIn, waitForOfflineShell } from './support/citizen';

// The service worker is part of what this file meets (offline, reloads, the app's own requests):
// allowed here, blocked in the other specs (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

const DIST_SW = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/sw.js');

test('Chromium finds the portal installable and the CSP is never violated', async ({ baseURL }) => {
  // Installability is only judged outside incognito: a device with a profile on disk.
  const profile = mkdtempSync(path.join(os.tmpdir(), 'bp-install-'));
  const device = await launchDevice(profile, baseURL!);
  const page = device.pages()[0] ?? (await device.newPage());
  const cspViolations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text());
  });
  await page.goto('/');
  await waitForOfflineShell(page);
  const cdp = await device.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors).toEqual([]);

  const manifest = await (await page.request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ name: 'Bürgerportal Werne', lang: 'de', display: 'standalone', start_url: '/' });
  const sizes = manifest.icons.map((i: { sizes: string; purpose?: string }) => `${i.sizes}${i.purpose === 'maskable' ? ' maskable' : ''}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512', '512x512 maskable']));
  for (const icon of manifest.icons) {
    const res = await page.request.get(icon.src);
    expect(res.headers()['content-type']).toBe('image/png');
  }
  const headers = (await page.request.get('/')).headers();
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['content-security-policy']).not.toContain('unsafe-inline');
  await logIn(page, DEMO_CITIZEN.email, DEMO_CITIZEN.password);
  await expect(page).toHaveURL(/\/meine-antraege$/);
  expect(cspViolations).toEqual([]);
  await device.close();
  rmSync(profile, { recursive: true, force: true });
});

test('every app route opens offline from the service worker', async ({ page, context }) => {
  await logIn(page, DEMO_CITIZEN.email, DEMO_CITIZEN.password);
  await expect(page).toHaveURL(/\/meine-antraege$/);
  await waitForOfflineShell(page);
  await page.goto('/barrierefreiheit');
  await context.setOffline(true);
  for (const route of ['/', '/meine-antraege', '/sperrmuellkarte', '/anmelden']) {
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  // A public page opened online comes back offline as its prerendered HTML, painted before any
  // script runs, not as the empty shell.
  const kept = await page.goto('/barrierefreiheit');
  expect(await kept!.text()).toMatch(/<main[^>]*>[\s\S]*<h1/);
  // API answers are never served from a cache: offline they fail, they don't go stale.
  const api = await page.evaluate(() => fetch('/api/auth/me').then((r) => r.status).catch(() => 'failed'));
  expect(api).toBe('failed');
  await context.setOffline(false);
});

test('a new version is offered, and updating keeps what the citizen typed', async ({ page }) => {
  const original = readFileSync(DIST_SW);
  try {
    await logIn(page, DEMO_CITIZEN.email, DEMO_CITIZEN.password);
    await expect(page).toHaveURL(/\/meine-antraege$/);
    await waitForOfflineShell(page);
    await page.goto('/sperrmuellkarte');
    await page.getByRole('button', { name: 'Jetzt beginnen' }).click();
    await page.getByLabel('Möbel').check();
    await page.getByLabel('Was ist es sonst?', { exact: false }).fill('Ein altes Klavier');

    // A new release: the service worker script changes on the server.
    appendFileSync(DIST_SW, `\n// release ${Date.now()}\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.getByRole('region', { name: 'Neue Version verfügbar' }).or(page.getByText('Neue Version verfügbar'));
    await expect(notice.first()).toBeVisible({ timeout: 15_000 });
    // Nothing reloads on its own: the typed text is still in the field.
    await expect(page.getByLabel('Was ist es sonst?', { exact: false })).toHaveValue('Ein altes Klavier');
    await expectNoAxeViolations(page, 'Hinweis auf neue Version');

    // Wait for the load while clicking: the reload can finish before the click call returns.
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Aktualisieren' }).click()]);
    await expect(page.getByLabel('Was ist es sonst?', { exact: false })).toHaveValue('Ein altes Klavier');
    await expect(page.getByLabel('Möbel')).toBeChecked();
    await expect(page.getByText('Neue Version verfügbar')).toHaveCount(0);
  } finally {
    writeFileSync(DIST_SW, original);
  }
});
