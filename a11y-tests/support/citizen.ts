import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext, type APIResponse, type Page } from '@playwright/test';
import { mailTo } from './mailbox';

export const DEMO_CITIZEN = { email: 'buergerin@example.org', password: 'werne-demo-buergerin' };

export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('main').getByRole('button', { name: 'Anmelden', exact: true }).click();
}

/**
 * A new citizen with a confirmed address, signed in on the page's device, which shows Meine
 * Anträge; returns the login. Here the account is only the set-up, so it is made through the API
 * in the page's context (its cookies), as registerByApi does: the form's own way (register →
 * mail → link) is the journey of email-confirmation.spec.ts, its slips that of account.spec.ts.
 * `landOn` opens the page the test goes on with instead (a full load of Meine Anträge first
 * cost a start of the app for nothing); null opens none, for a test that first prepares by API.
 */
export async function registerCitizen(page: Page, name = 'Jana Neumann', landOn: string | null = '/meine-antraege'): Promise<{ email: string; password: string }> {
  const login = { email: `jana-${randomUUID().slice(0, 8)}@example.org`, password: 'sicheres passwort 2026' };
  const signedIn = await registerByApi(page.request, { data: { ...login, name } });
  expect(signedIn.status()).toBe(200);
  if (landOn !== null) {
    await page.goto(landOn);
    await expect(page).toHaveURL(new URL(landOn, page.url()).href);
  }
  return login;
}

/** A weekday at least N days ahead, as typed into the three date fields. */
export { futureWeekday } from '../../server/test-support/api-client';

/** Waits until the service worker controls the page, so the app shell works offline. */
export async function waitForOfflineShell(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload();
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
  }
}

/**
 * Registers through the API and logs in, as the app does: registration answers a new address
 * and a known one alike (202, no session), so the login after it is what signs the person in.
 * Returns the login's answer (200 with the session cookie in the request context).
 */
export async function registerByApi(
  request: APIRequestContext,
  options: { data: { email: string; password: string; name: string } },
): Promise<APIResponse> {
  const registered = await request.post('/api/auth/register', options);
  expect(registered.status()).toBe(202);
  const { email, password } = options.data;
  await confirmByMail(request, email);
  return request.post('/api/auth/login', { data: { email, password } });
}

/** Confirms a registered address with the link from its mail (sending a request needs it). */
export async function confirmByMail(request: APIRequestContext, email: string): Promise<void> {
  const link = (await mailTo(email, /./)).links[0];
  const confirmed = await request.post('/api/auth/email/confirm', { data: { token: link.slice(link.indexOf('#') + 1) } });
  expect(confirmed.status()).toBe(200);
}
