import type { Locator, Page } from '@playwright/test';

/**
 * The n-th pickup day on offer (0-based), showing more weeks until there is one. The picker
 * starts with three weeks, and how many days those hold depends on today: a Friday as the first
 * bookable day and Christmas can leave ten. Specs pick different n so that tests on one portal
 * don't fill the same day.
 */
export async function nthPickupDay(page: Page, n: number): Promise<Locator> {
  const days = page.locator('input[name="pickupSlot"]');
  await days.first().waitFor();
  // The "more days" button sits after the weeks, inside the field's outer fieldset; found by
  // place, not by text, so this works in every language.
  const more = page.locator('fieldset:has(> fieldset input[name="pickupSlot"]) > button');
  while ((await days.count()) <= n) {
    const before = await days.count();
    await more.click();
    await days.nth(before).waitFor();
  }
  return days.nth(n);
}
