import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { loadConfig } from '../config';
import { startPortal, type Portal, type PortalOptions } from '../portal';
import { openStore, type Store } from '../store';

/** A unique database prefix per test file (CouchDB names: lowercase, start with a letter). */
export function uniquePrefix(): string {
  return `t${randomBytes(5).toString('hex')}_`;
}

/** A real portal process part (HTTP app, routing worker, change feed) on the shared test store. */
export async function startTestPortal(
  options: { prefix?: string; routing?: boolean; metricsToken?: string; workerOptions?: PortalOptions['workerOptions']; role?: PortalOptions['role']; distDir?: string } = {},
): Promise<Portal> {
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    DB_PREFIX: options.prefix ?? uniquePrefix(),
    SESSION_SECRET: 'test-secret-'.padEnd(40, 'x'),
    LOG_LEVEL: 'silent',
    COUCHDB_URL: inject('storeUrl'),
    ...(options.distDir ? { DIST_DIR: options.distDir } : {}),
  });
  return startPortal({
    ...config,
    authRateLimitPerMinute: 10_000,
    routing: options.routing,
    metricsToken: options.metricsToken,
    workerOptions: options.workerOptions,
    ...(options.role ? { role: options.role } : {}),
  });
}

export function testStore(prefix: string): Store {
  return openStore(inject('storeUrl'), prefix);
}
