import { expect, type Page } from '@playwright/test';
import { tabTo } from './keyboard';

/**
 * Closes the open case page's case with a decision letter, by keyboard: choose the outcome in the
 * radio group (Space on the focused option, arrows to the other), type the text, show the preview
 * (its heading takes focus), then send. Returns the previewed letter's text for checks.
 */
export async function decideByKeyboard(page: Page, outcome: 'complete' | 'reject', text = ''): Promise<string> {
  const radio = page.locator(`#field-decision-outcome-${outcome}`);
  await tabTo(page, 'input[name="decision-outcome"]', 150);
  for (let i = 0; i < 3 && !(await radio.isChecked()); i++) {
    const onTarget = await radio.evaluate((el) => el === document.activeElement);
    await page.keyboard.press(onTarget ? 'Space' : 'ArrowDown');
  }
  await expect(radio).toBeChecked();
  if (text) {
    await tabTo(page, '#decision-text');
    await page.keyboard.type(text);
  }
  await tabTo(page, '#decision-preview');
  await page.keyboard.press('Enter');
  await expect(page.locator('#decision-preview-title')).toBeFocused();
  const letter = (await page.locator('.decision-preview').innerText()) ?? '';
  await tabTo(page, '#decision-send');
  await page.keyboard.press('Enter');
  return letter;
}
