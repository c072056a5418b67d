import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { loadConfig } from '../config';
import { startPortal, type Portal, type PortalOptions } from '../portal';
import { openStore, type Store } from '../store';
import { confirmFixtureAccountsOf } from './fixture-accounts';

/** A unique database prefix per test file (CouchDB names: lowercase, start with a letter). */
export function uniquePrefix(): string {
  return `t${randomBytes(5).toString('hex')}_`;
}

/** A portal's configuration for tests: this store and database prefix, quiet, ephemeral port. */
export function testConfig(storeUrl: string, prefix: string, env: Record<string, string> = {}) {
  return loadConfig({
    ...process.env,
    ...env,
    PORT: '0',
    DB_PREFIX: prefix,
    SESSION_SECRET: 'test-secret-'.padEnd(40, 'x'),
    LOG_LEVEL: 'silent',
    COUCHDB_URL: storeUrl,
  });
}

/** A real portal process part (HTTP app, routing worker, change feed) on the shared test store. */
export async function startTestPortal(
  options: { prefix?: string; storeUrl?: string; routing?: boolean; metricsToken?: string; workerOptions?: PortalOptions['workerOptions']; role?: PortalOptions['role']; distDir?: string; env?: Record<string, string>; authRateLimitPerMinute?: number } = {},
): Promise<Portal> {
  const config = testConfig(options.storeUrl ?? inject('storeUrl'), options.prefix ?? uniquePrefix(), { ...options.env, ...(options.distDir ? { DIST_DIR: options.distDir } : {}) });
  const portal = await startPortal({
    ...config,
    authRateLimitPerMinute: options.authRateLimitPerMinute ?? 10_000,
    routing: options.routing,
    metricsToken: options.metricsToken,
    workerOptions: options.workerOptions,
    ...(options.role ? { role: options.role } : {}),
    demoPasswordHashes: inject('demoPasswordHashes'),
  });
  confirmFixtureAccountsOf(portal);
  return portal;
}

export function testStore(prefix: string): Store {
  return openStore(inject('storeUrl'), prefix);
}
