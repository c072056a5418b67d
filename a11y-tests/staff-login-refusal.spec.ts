import { expect, test } from '@playwright/test';
import { LANGUAGES, translator } from '../server/http/i18n';
import { refusedStaffLoginPage, type StaffLoginFailure } from '../server/auth/staff-oidc/staff-login-page';
import { expectNoAxeViolations } from './support/axe';

const REASONS: readonly StaffLoginFailure[] = ['unknown', 'deactivated', 'boundElsewhere', 'noTransaction', 'failed', 'unreachable'];

/**
 * The page the server answers when the city's staff login is refused (server/auth/staff-oidc).
 * It is a whole server-rendered document, which the accessibility matrix (client-side navigation
 * through the app's routes) cannot reach, and the test portal has no city provider to refuse a
 * login; so the server's own markup is loaded into Chromium as it is sent and checked with axe in
 * every language, each language with another reason, so every reason is read once.
 */
test('the refused staff login page passes axe in every language', async ({ page }) => {
  for (const [i, language] of LANGUAGES.entries()) {
    const reason = REASONS[i % REASONS.length];
    await page.setContent(refusedStaffLoginPage(translator(language), language, reason));
    await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
    await expect(page.getByRole('link')).toHaveAttribute('href', '/anmelden');
    await expectNoAxeViolations(page, `refused staff login (${language}, ${reason})`);
  }
});
