import type { Server } from 'node:http';
import { Sessions } from './auth';
import type { Config } from './config';
import { startClaimFollower } from './fundsachen';
import { ensureDepartments } from './departments';
import { sweepAbandonedUploads } from './files';
import { createApp } from './http/create-app';
import { createLogger, type Logger } from './logger';
import { startRoutingWorker, type RoutingWorker } from './routing';
import { seedDemoData } from './seed/demo-data';
import { openStore, setupDatabases, startEmbeddedStore, waitForStore, type EmbeddedStore, type Store } from './store';
import { startRetentionJob } from './archive';
import { ChangeNotifier } from './sync';
import { createPaymentsService, startPaymentJobs, type PaymentsService } from './payments';

export interface Portal {
  url: string;
  storeUrl: string;
  store: Store;
  logger: Logger;
  /** Payment provider and reconciliation of this process. */
  payments: PaymentsService;
  stop(): Promise<void>;
}

export interface PortalOptions extends Config {
  /** Logins per IP and minute. */
  authRateLimitPerMinute?: number;
  /** Run the routing worker in this process (default true). */
  routing?: boolean;
}

/**
 * Starts everything one server process runs: the store (embedded unless COUCHDB_URL is set),
 * databases and indexes, the seed departments, demo data, the routing worker, the change fan-out and the HTTP app.
 */
export async function startPortal(config: PortalOptions): Promise<Portal> {
  const logger = createLogger(config.logLevel);
  let embedded: EmbeddedStore | undefined;
  let storeUrl = config.couchdbUrl;
  if (!storeUrl) {
    embedded = await startEmbeddedStore({ dataDir: config.dataDir, logger });
    storeUrl = embedded.url;
  }
  const store = openStore(storeUrl, config.dbPrefix);
  await waitForStore(store);
  await setupDatabases(store, logger);
  await ensureDepartments(store, logger);
  if (config.seedDemoData) await seedDemoData(store, logger);

  const notifier = new ChangeNotifier();
  await notifier.start(store, logger);
  const worker: RoutingWorker | undefined = config.routing === false ? undefined : await startRoutingWorker(store, logger);
  // Runs with the routing worker: both are the server's followers of requests.
  const claimFollower = config.routing === false ? undefined : await startClaimFollower(store, logger);
  const retention = startRetentionJob(store, logger);
  const sessions = new Sessions(store, config.sessionSecret, config.sessionDays);
  const sweepSessions = () =>
    sessions.removeExpired().catch((err: unknown) => logger.warn({ err: (err as Error).message }, 'session cleanup failed'));
  const sweepUploads = () =>
    sweepAbandonedUploads(store).catch((err: unknown) => logger.warn({ err: (err as Error).message }, 'upload cleanup failed'));
  const sessionSweeper = setInterval(() => {
    void sweepSessions();
    void sweepUploads();
  }, 60 * 60 * 1000);
  sessionSweeper.unref();
  void sweepSessions();
  void sweepUploads();
  const payments = createPaymentsService(store, config.payments, logger);
  const app = createApp({
    store,
    payments,
    sessions,
    notifier,
    logger,
    distDir: config.distDir,
    cookieSecure: config.cookieSecure,
    authRateLimitPerMinute: config.authRateLimitPerMinute ?? 30,
    metricsToken: config.metricsToken,
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(config.port, config.host, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${host}:${port}`;
  startPaymentJobs(payments, config.payments, url);
  return {
    url,
    storeUrl,
    store,
    logger,
    payments,
    async stop() {
      clearInterval(sessionSweeper);
      payments.reconciler?.stop();
      retention.stop();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await worker?.stop();
      await claimFollower?.stop();
      await notifier.stop();
      await embedded?.stop();
    },
  };
}
