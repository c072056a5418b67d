import { expect, test, type Locator } from '@playwright/test';
import { payingCitizen, sperrmuellDraftFor } from './support/payment-requests';
import { sperrmuellDraft } from '../server/test-support/api-client';

/**
 * Where Chromium really draws a piece of an element's text: the left edge of the first
 * occurrence of `piece`, found in its text nodes (the rendered order, not the DOM order).
 */
async function leftOf(scope: Locator, piece: string): Promise<number> {
  return (await placeOf(scope, piece)).left;
}

async function placeOf(scope: Locator, piece: string): Promise<{ left: number; top: number }> {
  return scope.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const { left, top } = range.getBoundingClientRect();
      return { left, top };
    }
    throw new Error(`"${wanted}" not found`);
  }, piece);
}

/** Issue 15, "Broken" 3: numbers, references and German names keep their order in Arabic. */
test('Arabic pages show phone numbers, references and "Sperrmüllkarte (…)" in their own order', async ({ page, baseURL }) => {
  const api = await payingCitizen(page, baseURL!, 'Amal Haddad');
  await page.goto('/');
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  // The phone number typed on the form, on the check page: "02389" stays left of "12345".
  const draft = sperrmuellDraft({ currentPage: 'pruefen' });
  draft.answers = { ...draft.answers, phone: '02389 12345' };
  expect((await api.push([{ assumedMasterState: null, newDocumentState: draft }])).status).toBe(200);
  await page.goto(`/sperrmuellkarte/${draft.id}/pruefen`);
  const phone = page.locator('.summary-list__value').filter({ hasText: '02389 12345' });
  await expect(phone).toHaveCount(1);
  expect(await leftOf(phone, '02389')).toBeLessThan(await leftOf(phone, '12345'));

  // The service name: the German word starts the line at the right, the bracket follows it.
  await page.goto('/sperrmuellkarte');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText('Sperrmüllkarte');
  const word = await placeOf(heading, 'Sperrmüllkarte');
  const open = await placeOf(heading, '(');
  const close = await placeOf(heading, ')');
  expect(open.top).toBe(word.top);
  expect(open.left).toBeLessThan(word.left);
  // On the same line further left, or on a line below (a long heading wraps).
  expect(close.top > open.top + 5 || close.left < open.left).toBe(true);

  // The invoice: its caption names the service and the Aktenzeichen, which reads SPM-JJJJ-NNNNNN.
  const id = await sperrmuellDraftFor(api);
  await page.goto(`/sperrmuellkarte/${id}/pruefen`);
  await page.locator('main form button').last().click();
  await expect(page.getByRole('main')).toContainText(/SPM-\d{4}-\d{6}/, { timeout: 20_000 });
  await page.goto(`/antraege/${id}/rechnung`);
  const caption = page.locator('main .caption').first();
  await expect(caption).toContainText(/SPM-\d{4}-\d{6}/);
  const reference = (await caption.textContent())!.match(/SPM-(\d{4})-(\d{6})/)!;
  expect(await leftOf(caption, 'SPM')).toBeLessThan(await leftOf(caption, reference[1]));
  expect(await leftOf(caption, reference[1])).toBeLessThan(await leftOf(caption, reference[2]));
  // The reference stays at the end of the caption (to the left of the service name in Arabic).
  expect(await leftOf(caption, reference[2])).toBeLessThan(await leftOf(caption, 'Sperrmüllkarte'));
  const iban = page.locator('.invoice-code').first();
  await expect(iban).toHaveText(/^DE\d\d/);
  const ibanText = (await iban.textContent())!.trim();
  expect(await leftOf(iban, ibanText.slice(0, 4))).toBeLessThan(await leftOf(iban, ibanText.slice(-2)));
});
