import { inject } from 'vitest';
import { loadConfig } from '../config';
import { startBuiltInSandbox, type PaymentsConfig } from '../payments';
import type { SandboxOptions, SandboxProvider } from '../payments/sandbox';
import { confirmFixtureAccountsOf } from './fixture-accounts';
import { startPortal, type Portal } from '../portal';
import type { ApiClient } from './api-client';
import { uniquePrefix } from './test-portal';

export interface PaymentTestPortal {
  portal: Portal;
  sandbox: SandboxProvider;
  payments: PaymentsConfig;
  stop(): Promise<void>;
}

/**
 * A real portal on the shared test store with the real sandbox provider beside it, over HTTP.
 * Webhooks go out at once and once (tests switch duplicates, drops and delays on where they
 * test them); reconciliation runs at start-up only, the tests call it when they mean to.
 */
export async function startPaymentTestPortal(sandboxOptions: Partial<SandboxOptions> = {}): Promise<PaymentTestPortal> {
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    DB_PREFIX: uniquePrefix(),
    SESSION_SECRET: 'test-secret-'.padEnd(40, 'x'),
    LOG_LEVEL: 'silent',
    COUCHDB_URL: inject('storeUrl'),
    PAYMENT_RECONCILE_MINUTES: '0',
  });
  const { payments, sandbox } = await startBuiltInSandbox(config.payments, {
    ...sandboxOptions,
    webhooks: { duplicateRate: 0, jitterMs: 0, retryBaseMs: 50, maxAttempts: 5, ...sandboxOptions.webhooks },
  });
  const portal = await startPortal({ ...config, payments, authRateLimitPerMinute: 10_000, demoPasswordHashes: inject('demoPasswordHashes') });
  confirmFixtureAccountsOf(portal);
  return {
    portal,
    sandbox,
    payments,
    async stop() {
      await sandbox.stop();
      await portal.stop();
    },
  };
}

/** The citizen presses "pay now": `{ status, body: { paymentId, redirectUrl, … } | ApiError }`. */
export function startOnlinePayment(citizen: ApiClient, requestId: string, key: string) {
  return citizen.call('POST', `/api/requests/${requestId}/payments`, undefined, { 'Idempotency-Key': key });
}

/**
 * On the sandbox's hosted page the tester picks the outcome (a form POST, as the browser sends
 * it); returns where the provider sends the browser back to.
 */
export async function chooseOnHostedPage(pageUrl: string, outcome: 'success' | 'failure' | 'cancel', method = 'GIROPAY'): Promise<{ status: number; location: string | null; html: string }> {
  const page = await fetch(pageUrl);
  const html = await page.text();
  if (page.status !== 200) return { status: page.status, location: null, html };
  const res = await fetch(pageUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ outcome, method, lang: 'de' }).toString(),
    redirect: 'manual',
  });
  return { status: res.status, location: res.headers.get('location'), html: await res.text() };
}

/** The browser follows the provider's redirect back to the portal (with the session cookie). */
export async function returnToPortal(citizen: ApiClient, returnUrl: string): Promise<{ status: number; location: string | null }> {
  const res = await fetch(returnUrl, { headers: { Cookie: citizen.cookieHeader }, redirect: 'manual' });
  await res.arrayBuffer();
  return { status: res.status, location: res.headers.get('location') };
}
