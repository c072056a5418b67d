import { expect, test } from '@playwright/test';
import { goOffline, goOnline } from './support/network';
import { registerCitizen, waitForOfflineShell } from './support/citizen';
import { ApiClient, sperrmuellDraft } from '../server/test-support/api-client';
import { E2E_PORT } from './playwright.config';
import { browseAs } from './support/routed-request';

// The service worker is part of what this file meets (offline, reloads, the app's own requests):
// allowed here, blocked in the other specs (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/**
 * "Every keystroke is saved": a reload the very moment after typing — before the database
 * write can finish — still finds the text, again and again, also offline.
 */
test('a reload right after a keystroke keeps it', async ({ page, context }) => {
  await registerCitizen(page, 'Tim Tipp');
  await waitForOfflineShell(page);
  await goOffline(context);
  await page.goto('/sperrmuellkarte');
  await page.getByRole('button', { name: 'Jetzt beginnen' }).click();
  await page.getByLabel('Möbel').check();
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.getByLabel('Wie viel Sperrmüll ist es?').fill('2');
  await page.getByRole('button', { name: 'Weiter' }).click();
  const street = page.getByRole('combobox', { name: 'Straße' });
  const number = page.getByLabel('Hausnummer');
  for (const [s, n] of [['Markt', '1'], ['Steinstraße', '7'], ['Bonenstraße', '12a'], ['Lippestraße', '3'], ['Markt', '22']]) {
    await street.fill(s);
    await number.fill(n);
    await page.reload();
    await expect(street).toHaveValue(s);
    await expect(number).toHaveValue(n);
  }
  // Once stored in the database the journal empties again: nothing lingers in localStorage.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('bp-input-journal'))).toBeNull();
  await goOnline(context);
});

/**
 * Issue 17: a question is shown from the catalogue before the device's database has opened (here
 * held back: RxDB's chunk does not arrive), the citizen types at once on a slow phone, and when
 * the draft arrives it fills the other fields without moving anything and without overwriting
 * what was typed. A second tab and the server see the typed answer. The device is fresh (a session
 * cookie, nothing stored) and the session's answer slow: the page still paints once, unmoved.
 */
test.describe('before the local database has opened', () => {
  // The held chunk must be asked of the network, not of the service worker's precache.
  test.use({ serviceWorkers: 'block' });

  test('the question is there at once, typing wins over the arriving draft, nothing moves', async ({ page, context }) => {
    const citizen = new ApiClient(`http://127.0.0.1:${E2E_PORT}`);
    await citizen.register('Fenja Flink');
    const draft = sperrmuellDraft();
    expect((await citizen.push([{ assumedMasterState: null, newDocumentState: draft }])).status).toBe(200);
    await browseAs(page, citizen);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    await page.route(/\/assets\/rxdb\.[0-9a-f]+\.js$/, async (route) => {
      asked = true;
      await held;
      await route.continue();
    });
    await page.addInitScript(() => {
      const shifts: { at: number; moved: string }[] = [];
      Object.assign(window, { shifts });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) {
          const nodes = e.sources.map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : '?'));
          shifts.push({ at: e.startTime, moved: `${e.value.toFixed(4)} ${nodes.join(', ')}` });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // A fresh device remembers nobody, and the server's "who is signed in" comes late: after the
    // page could have painted (its footer is there), or after 3 s if the page waits for it.
    await page.route('**/api/auth/session', async (route) => {
      await page.locator('footer').waitFor({ timeout: 3000 }).catch(() => undefined);
      await route.continue();
    });

    // Not 'load': that waits for the chunk held here.
    await page.goto(`/sperrmuellkarte/${draft.id}/adresse`, { waitUntil: 'domcontentloaded' });
    const houseNumber = page.getByLabel('Hausnummer');
    // A loaded machine and a 4× slower CPU: the page may take a while, but comes at once whole.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 20_000 });
    await expect(houseNumber).toBeEditable();
    await expect.poll(() => asked, { message: 'the page asked for RxDB (and has not got it)' }).toBe(true);
    // The page keeps its geometry while it comes: no anonymous header and "loading" line that a
    // signed-in header and the form then push down (issue 17: CLS 0.455 on a signed-in question).
    const shifts = () => page.evaluate(() => (window as unknown as { shifts: { at: number; moved: string }[] }).shifts);
    const arriving = await shifts();
    const score = arriving.reduce((sum, s) => sum + Number(s.moved.split(' ')[0]), 0);
    expect(score, `layout shifts while the page came: ${arriving.map((s) => s.moved).join(' | ')}`).toBeLessThanOrEqual(0.02);
    await houseNumber.pressSequentially('7b');
    const typedAt = await page.evaluate(() => performance.now());
    release();
    await expect(page.getByLabel('Postleitzahl')).toHaveValue(draft.answers.postcode as string);
    await expect(page.getByRole('combobox', { name: 'Straße' })).toHaveValue(draft.answers.street as string);
    await expect(houseNumber).toHaveValue('7b');
    const moved = (await shifts()).filter((s) => s.at > typedAt).map((s) => s.moved);
    expect(moved, 'layout shifts when the draft arrived').toEqual([]);

    const second = await context.newPage();
    await second.goto(`/sperrmuellkarte/${draft.id}/adresse`);
    await expect(second.getByLabel('Hausnummer')).toHaveValue('7b');
    await expect(second.getByLabel('Postleitzahl')).toHaveValue(draft.answers.postcode as string);
    await expect.poll(async () => (await citizen.current(draft.id))?.answers.houseNumber, { timeout: 20_000 }).toBe('7b');
  });
});
