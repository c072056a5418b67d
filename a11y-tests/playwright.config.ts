import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { confirmFixtureAccountsByMail } from '../server/test-support/fixture-accounts';

/**
 * Two workers halve the run on two cores (the accessibility matrix alone walks thousands of
 * combinations). Each worker gets a portal of its own — own port, own fresh data directory — so
 * no spec sees another worker's accounts or requests: worker n talks to E2E_PORT + 10 n.
 */
const BASE_PORT = Number(process.env.E2E_PORT ?? 4173);
export const E2E_WORKERS = Math.max(1, Number(process.env.E2E_WORKERS ?? 2));
export const E2E_PORTS = Array.from({ length: E2E_WORKERS }, (_, n) => BASE_PORT + 10 * n);
/**
 * This process's portal. Playwright sets TEST_PARALLEL_INDEX (0 … workers − 1, stable when a
 * worker is replaced) before a worker loads this file, so specs, fixtures and `baseURL` below all
 * name the worker's own server; in the runner process it is the first one.
 */
export const E2E_PORT = E2E_PORTS[Number(process.env.TEST_PARALLEL_INDEX ?? 0) % E2E_WORKERS];
/** The worker's portal's development mailbox (its DEV_MAILBOX_PORT below). */
export const E2E_MAILBOX_URL = `http://127.0.0.1:${E2E_PORT + 5}`;
// Citizens the specs register through the API (server/test-support/api-client.ts) confirm their
// address as a person does, with the link from this mailbox: sending needs a confirmed address.
confirmFixtureAccountsByMail({ url: `http://127.0.0.1:${E2E_PORT}`, mailboxUrl: E2E_MAILBOX_URL });
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Debian's headless shell (package chromium-headless-shell, the same Chromium build without the
 * windowing browser around it) where it is installed: the browser phase then needs about a third
 * less CPU (3 small specs: 26–31 instead of 40–50 CPU-s, load 30–45). E2E_CHROMIUM names another
 * browser binary; without the shell, Debian's full Chromium in its headless mode.
 */
export const CHROMIUM_PATH = process.env.E2E_CHROMIUM || (existsSync('/usr/bin/chromium-headless-shell') ? '/usr/bin/chromium-headless-shell' : '/usr/bin/chromium');

/**
 * Browser tests drive Debian's Chromium (never a downloaded browser) against the real portal:
 * production build, embedded store on a fresh data directory, routing worker running.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: E2E_WORKERS,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: '../test-results',
  // The matrix's walks end on different workers: the run's summary is written after all of them.
  globalTeardown: './support/matrix-teardown.ts',
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    // A page with the service worker installs it and precaches the whole app (~1 MB) in every
    // new context, ~1–2 CPU-s each, for nothing in a test that never goes offline. Specs that go
    // offline, reload offline or look at the service worker allow it (`test.use`).
    serviceWorkers: 'block',
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    trace: 'retain-on-failure',
  },
  webServer: E2E_PORTS.map((port) => ({
    // Named by port, so two runs with different E2E_PORT in one checkout never share a store.
    command: `rm -rf .tmp/e2e-data-${port} && node --import tsx server/main.ts`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/healthz`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
    env: {
      PORT: String(port),
      DATA_DIR: `.tmp/e2e-data-${port}`,
      LOG_LEVEL: 'warn',
      AUTH_RATE_LIMIT_PER_MINUTE: '10000',
      // The development mailbox's page, where specs read the mails the portal sent (support/mailbox.ts).
      DEV_MAILBOX_PORT: String(port + 5),
      MAIL_RETRY_SECONDS: '1',
    },
  })),
});
