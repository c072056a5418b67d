import { randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { CookieJar, loginAtSandbox, send } from '../../server/auth/oidc/bundid-test-flow';

/**
 * A citizen logged in with BundID at "basis" through the identity sandbox, as the accessibility
 * matrix needs one: the profile's BundID state, and a complete Meldebescheinigung draft whose
 * sending that level does not allow (issue 13), and a second one sent anyway (as from a device
 * offline), which the server refused and keeps as a draft "Nicht gesendet". Returns the session
 * cookie and the two drafts' ids.
 */
export async function bundIdCitizen(baseUrl: string): Promise<{ session: string; trustDraftId: string; notSentId: string }> {
  const jar = new CookieJar();
  const callback = await loginAtSandbox(baseUrl, jar, { person: 'sandbox-erika-mustermann', level: 'basis' });
  await send(jar, callback);
  const cookie = jar.get('bp_session');
  if (!cookie) throw new Error('BundID login at the sandbox gave no session');
  const now = new Date().toISOString();
  const draft = {
    id: randomUUID(),
    serviceId: 'meldebescheinigung',
    catalogueVersion: 1,
    answers: { kind: 'einfach', purpose: 'Für meinen Arbeitgeber', delivery: 'postfach' },
    status: 'draft',
    createdAt: now,
    updatedAt: now,
    history: [],
    _deleted: false,
  };
  const notSent = { ...draft, id: randomUUID(), status: 'submitted', submittedAt: now };
  const pushed = await send(jar, `${baseUrl}/api/sync/requests/push`, {
    method: 'POST',
    headers: { Origin: baseUrl, 'Content-Type': 'application/json' },
    body: JSON.stringify({ rows: [draft, notSent].map((doc) => ({ assumedMasterState: null, newDocumentState: doc })) }),
  });
  const answer = pushed.status === 200 ? ((await pushed.clone().json()) as { conflicts: { id: string; status: string }[] }) : undefined;
  const refused = answer?.conflicts.filter((c) => c.id === notSent.id && c.status === 'draft') ?? [];
  if (!answer || answer.conflicts.length !== 1 || refused.length !== 1) throw new Error(`Meldebescheinigung drafts not stored as needed: ${pushed.status} ${await pushed.text()}`);
  return { session: `bp_session=${cookie}`, trustDraftId: draft.id, notSentId: notSent.id };
}

/**
 * The login page's BundID part, through to the identity sandbox, choosing person and level there.
 * The login page's start is a link (it works before the app runs); the profile's is a button.
 */
export async function logInWithBundId(page: Page, level: RegExp, person = /Erika Mustermann/, start = 'Mit BundID anmelden') {
  await page.getByRole('link', { name: start, exact: true }).or(page.getByRole('button', { name: start, exact: true })).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Identitäts-Sandbox (statt BundID)');
  await expectNoAxeViolations(page, 'Identitäts-Sandbox');
  await logInWithBundIdAtSandbox(page, level, person);
}

/** On the identity sandbox's page: choose person and level, and log in. */
export async function logInWithBundIdAtSandbox(page: Page, level: RegExp, person = /Erika Mustermann/) {
  await page.getByLabel(person).check();
  await page.getByLabel(level).check();
  await page.getByRole('button', { name: 'Anmelden' }).click();
}
