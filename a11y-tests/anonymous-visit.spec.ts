import { expect, test } from '@playwright/test';

// The service worker's registration and precache are part of a visit: allowed here, blocked in
// specs that never meet it (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/**
 * An anonymous visitor's console stays clean: asking "who is signed in?" is part of every start,
 * and "nobody" is a normal answer, not a 401 (the issue found one on every page).
 */
test('an anonymous visit to the public pages meets no failed API call and no console error', async ({ page }) => {
  const failures: string[] = [];
  page.on('response', (res) => {
    if (res.url().includes('/api/') && res.status() >= 400) failures.push(`${res.status()} ${new URL(res.url()).pathname}`);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') failures.push(`console: ${msg.text()}`);
  });
  for (const path of ['/', '/anmelden', '/sperrmuellkarte', '/fundsachen', '/abfallkalender']) {
    await page.goto(path, { waitUntil: 'networkidle' });
    await expect(page.locator('main h1')).toBeVisible();
  }
  expect(failures).toEqual([]);
});
