import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { registerByApi } from './support/citizen';
import { nthPickupDay } from './support/slots';

// The service worker is part of what this file meets (offline, reloads, the app's own requests):
// allowed here, blocked in the other specs (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/** Turkish month names, as Intl writes them in dates ("7 Aralık 2026 Pazartesi"). */
const TURKISH_MONTH = /(Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık)/;
const LAZY_CHUNK = /\/assets\/texts-(tr|uk|ar)\b/;

async function registerCitizen(page: Page): Promise<void> {
  const res = await registerByApi(page.request, {
    data: { email: `dil-${randomUUID().slice(0, 8)}@example.org`, password: 'sicheres passwort 2026', name: 'Deniz Dil' },
  });
  expect(res.status()).toBe(200);
}

async function submitPage(page: Page): Promise<void> {
  await page.locator('main form button[type="submit"]').last().click();
}

test.describe('without a service worker, so every fetch of the page shows', () => {
  test.use({ serviceWorkers: 'block' });

  test('the first visit loads no Turkish, Ukrainian or Arabic texts; choosing Turkish loads its chunk and survives a reload', async ({ page }) => {
    const chunks: string[] = [];
    page.on('request', (request) => {
      if (LAZY_CHUNK.test(request.url())) chunks.push(request.url());
    });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bürgerportal der Stadt Werne');
    await page.waitForLoadState('networkidle');
    expect(chunks, 'lazy language chunks fetched by the page on a German first visit').toEqual([]);

    await page.getByRole('button', { name: 'Türkçe' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    expect(chunks.some((url) => url.includes('/texts-tr'))).toBe(true);
    expect(chunks.some((url) => /texts-(uk|ar)/.test(url))).toBe(false);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Werne Belediyesi vatandaş portalı');
    // Service titles come from locales/tr/catalogue-services.json.
    await expect(page.getByRole('main')).toContainText('Hacimli atık toplama kartı');
    await expect(page.getByRole('button', { name: 'Türkçe' })).toHaveAttribute('aria-current', 'true');

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Werne Belediyesi vatandaş portalı');

    // A language whose texts cannot be fetched: the page says so and stays Turkish.
    await page.route('**/assets/texts-uk.*', (route) => route.abort());
    await page.getByRole('button', { name: 'Українська' }).click();
    await expect(page.getByRole('alert')).toHaveText('Українська yüklenemedi. Lütfen internet bağlantınızı kontrol edin ve yeniden deneyin.');
    await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
  });
});

// The start page, the Sperrmüllkarte's items (with their error), pickup days and check page are
// checked with axe, and for reflow at 320 px, in Turkish and Arabic by the accessibility matrix
// (screens.ts: start, form:sperrmuellkarte/*, check-answers); here what the matrix cannot see:
// the texts are Turkish, dates written in Turkish, the layout mirrored, a language chosen in the profile.
test('a Turkish service journey: questions, errors, pickup days and the check page in Turkish', async ({ page }) => {
  await page.goto('/');
  await registerCitizen(page);
  await page.getByRole('button', { name: 'Türkçe' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'tr');

  await page.goto('/sperrmuellkarte');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hacimli atık toplama kartı');
  await page.locator('main button').last().click();
  await expect(page).toHaveURL(/\/gegenstaende$/);
  await expect(page.getByRole('main')).toContainText('Neleri almamızı istiyorsunuz?');
  await submitPage(page);
  await expect(page.getByRole('alert')).toContainText('Bir sorun var');
  await expect(page.getByRole('main')).toContainText('Neleri almamızı istediğinizi seçin veya açıklayın.');
  await page.locator('#field-items-moebel').check();
  await submitPage(page);
  await page.locator('#field-volume').fill('1');
  await submitPage(page);
  await page.locator('#field-street').fill('Markt');
  await page.locator('#field-houseNumber').fill('1');
  await page.locator('#field-postcode').fill('59368');
  await submitPage(page);

  // Pickup days are dates written by Intl in Turkish.
  const firstDay = await nthPickupDay(page, 6);
  await expect(firstDay).toBeVisible();
  const dayLabel = (await page.locator(`label[for="${await firstDay.getAttribute('id')}"]`).innerText()).trim();
  expect(dayLabel).toMatch(TURKISH_MONTH);
  await firstDay.check();
  await submitPage(page);
  await submitPage(page);
  await expect(page).toHaveURL(/\/pruefen$/);
  const main = page.getByRole('main');
  await expect(main).toContainText('Yanıtlarınızı kontrol edin');
  await expect(main).toContainText('Mobilya');
  await expect(main).toContainText(dayLabel);
  await page.locator('main form button').last().click();
  await expect(page).toHaveURL(/\/bestaetigung$/);
  await expect(main).toContainText(/SPM-\d{4}-\d{6}/, { timeout: 15_000 });
  await expect(main).toContainText('Başvurunuz için teşekkür ederiz');
});

test('a profile that prefers Arabic turns the portal Arabic; Leichte Sprache does not override it', async ({ page }) => {
  await page.goto('/');
  await registerCitizen(page);
  await page.goto('/profil');
  await expect(page.locator('#field-name')).toBeVisible();
  await expect(page.locator('label[for="field-language-ar"]')).toHaveText('العربية');
  await page.locator('#field-language-ar').check();
  await page.locator('#field-easyLanguage').check();
  await page.locator('main form button[type="submit"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.notification-banner')).toBeVisible();
  await expectNoAxeViolations(page, 'Profil gespeichert (ar)');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('#field-language-ar')).toBeChecked();
});

test('Arabic turns the page right to left: mirrored layout, back arrow pointing right, and back to German left to right', async ({ page }) => {
  await page.goto('/');
  await registerCitizen(page);
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  // The site title starts the header line: at the right edge in Arabic.
  const viewport = page.viewportSize()!;
  const title = (await page.locator('.header__title').boundingBox())!;
  expect(title.x + title.width).toBeGreaterThan(viewport.width / 2);
  expect(title.x).toBeGreaterThan(viewport.width - title.width - 200);

  await page.goto('/sperrmuellkarte');
  await page.locator('main button').last().click();
  await expect(page).toHaveURL(/\/gegenstaende$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const back = page.locator('.back-link');
  const box = (await back.boundingBox())!;
  const mainBox = (await page.locator('main').boundingBox())!;
  // Starts at the right edge of the content, and its arrow points right (rotated 135°, not -45°).
  expect(mainBox.x + mainBox.width - (box.x + box.width)).toBeLessThan(40);
  const arrow = await back.evaluate((el) => getComputedStyle(el, '::before').transform);
  const [a, b] = arrow.replace(/^matrix\(|\)$/g, '').split(',').map(Number);
  expect(Math.round((Math.atan2(b, a) * 180) / Math.PI)).toBe(135);
  // Text inputs and radios line up from the right as well.
  const checkbox = (await page.locator('#field-items-moebel').boundingBox())!;
  expect(checkbox.x).toBeGreaterThan(viewport.width / 2);
  await submitPage(page);
  await expect(page.locator('.error-summary')).toBeVisible();

  // Back to German: left to right again.
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});
