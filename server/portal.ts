import type { Server } from 'node:http';
import type { Express } from 'express';
import { Sessions } from './auth';
import type { Config } from './config';
import { ensureDepartments } from './departments';
import { sweepAbandonedUploads } from './files';
import { createApp } from './http/create-app';
import { ownOrigins } from './http/public-origin';
import { createLogger, type Logger } from './logger';
import { runsWorker, startWorkerRole, type WorkerRole, type WorkerRoleOptions } from './roles';
import { seedDemoData, type DemoPasswordHashes } from './seed/demo-data';
import { openStore, setupDatabases, startEmbeddedStore, waitForStore, type EmbeddedStore, type Store } from './store';
import { deriveMissingSearchWords } from './requests';
import { reconcileAssigneeCopies } from './clerk';
import { ChangeNotifier } from './sync';
import { createMailer, startDevMailbox, startMailSender, type DevMailbox, type Mailer } from './mail';
import { startNotificationFollower, startReminderScan } from './notifications';
import { createPaymentsService, startPaymentJobs, type PaymentsService } from './payments';
import { AFTER_LOGOUT_PATH, CALLBACK_PATH, RelyingParty } from './auth/oidc';
import { StaffRelyingParty } from './auth/staff-oidc';
import type { IdentitySandbox } from './identity-sandbox';
import { keepIdleConnections } from './http/keep-alive';

export interface Portal {
  url: string;
  /** The HTTP app, for tests that walk its routes (server/security). */
  app: Express;
  storeUrl: string;
  store: Store;
  logger: Logger;
  /** Payment provider and reconciliation of this process. */
  payments: PaymentsService;
  /** Queues outgoing mail (server/mail); the worker sends it. */
  mailer: Mailer;
  /** The built-in development mailbox, when no SMTP_URL is set and this process sends mail. */
  mailbox?: DevMailbox;
  /** The built-in identity sandbox standing in for BundID, when asked for and no OIDC_ISSUER is set. */
  identitySandbox?: IdentitySandbox;
  /** The worker role of this process (absent for `api`, or with `routing: false`). */
  worker?: WorkerRole;
  stop(): Promise<void>;
}

export interface PortalOptions extends Config {
  /** Logins per IP and minute. */
  authRateLimitPerMinute?: number;
  /** Run the background work in this process (default true); false = the `api` role. */
  routing?: boolean;
  /** Lease timing, or running without it (tests of two workers at once). */
  workerOptions?: WorkerRoleOptions;
  /** The demo logins' password hashes made beforehand (tests: once per run, not per portal). */
  demoPasswordHashes?: DemoPasswordHashes;
  /** Without OIDC_ISSUER: run the identity sandbox beside the portal (`npm start`, tests that log in with BundID). */
  identitySandbox?: boolean;
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
  if (config.seedDemoData) await seedDemoData(store, logger, config.demoPasswordHashes);
  // Requests stored before the inbox search kept words (or with an older kind of them) get them now.
  await deriveMissingSearchWords(store, logger);
  // Assignments made before the requests carried a copy for the inbox's views get one now.
  await reconcileAssigneeCopies(store, logger);

  const notifier = new ChangeNotifier();
  await notifier.start(store, logger);
  const role = config.role;
  const sendsMail = config.routing !== false && runsWorker(role);
  const mailer = createMailer(store, config.sessionSecret);
  // No mail server configured: the development mailbox catches the mail (shown at its page).
  const mailbox = sendsMail && !config.mail.smtpUrl ? await startDevMailbox({ port: config.mail.devMailboxPort }) : undefined;
  const smtpUrl = config.mail.smtpUrl ?? mailbox?.smtpUrl;
  const mailSender = () => (smtpUrl ? startMailSender(store, { ...config.mail, smtpUrl }, mailer.key, logger) : undefined);
  // Set once the server listens; the links in notification mails are built from it.
  let publicBase = '';
  // Routing, numbering, conflict resolution, the claim follower, retention and mail: one active worker (lease).
  const worker: WorkerRole | undefined = !sendsMail
    ? undefined
    : await startWorkerRole(store, logger, {
        ...config.workerOptions,
        archive: Boolean(config.archive),
        extra: async () => {
          const loops = [await config.workerOptions?.extra?.(), await mailSender(), await startNotificationFollower(store, mailer, () => publicBase, logger), startReminderScan(store, mailer, () => publicBase, { logger })];
          return { stop: async () => void (await Promise.all(loops.map((l) => l?.stop()))) };
        },
      });
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
  let origins: string[] = [];
  let relyingParty = config.oidc ? new RelyingParty(config.oidc) : undefined;
  const staffLogin = config.staffOidc ? { relyingParty: new StaffRelyingParty(config.staffOidc), issuer: config.staffOidc.issuer } : undefined;
  const app = createApp({
    ownOrigins: () => origins,
    trustProxy: config.trustProxy ?? [],
    store,
    payments,
    sessions,
    notifier,
    logger,
    distDir: config.distDir,
    cookieSecure: config.cookieSecure,
    authRateLimitPerMinute: config.authRateLimitPerMinute ?? 30,
    metricsToken: config.metricsToken,
    map: config.map,
    disposers: config.disposers ?? [],
    archive: config.archive,
    accountMail: { mailer, secret: config.sessionSecret, publicBase: () => publicBase, logger },
    bundId: { relyingParty: () => relyingParty, publicBase: () => publicBase, secret: config.sessionSecret },
    staffLogin: { staffLogin: () => staffLogin, publicBase: () => publicBase, secret: config.sessionSecret },
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(config.port, config.host, () => resolve(s));
  });
  keepIdleConnections(server);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${host}:${port}`;
  const publicUrl = config.publicUrl ?? config.payments?.publicUrl;
  origins = ownOrigins(publicUrl, port);
  publicBase = (publicUrl ?? url).replace(/\/+$/, '');
  // Every role builds return addresses; only the lease holder reconciles (without a worker, as
  // with `routing: false`, a non-api process does as before).
  // The sandbox learns the portal's address (its only client's redirect URI) once the portal listens.
  // Imported only when it runs: oidc-provider and its dependencies are not loaded by a portal
  // that talks to a real broker (OIDC_ISSUER) or runs without the sandbox (bench:start).
  const identitySandbox =
    !config.oidc && config.identitySandbox
      ? await (await import('./identity-sandbox')).startIdentitySandbox({ redirectUris: [publicBase + CALLBACK_PATH], postLogoutRedirectUris: [publicBase + AFTER_LOGOUT_PATH] })
      : undefined;
  if (identitySandbox) relyingParty = new RelyingParty(identitySandbox);
  startPaymentJobs(payments, config.payments, publicUrl ?? url, () => (worker ? worker.active() : role !== 'api'));
  return {
    url,
    app,
    storeUrl,
    store,
    logger,
    payments,
    mailer,
    mailbox,
    identitySandbox,
    worker,
    async stop() {
      clearInterval(sessionSweeper);
      payments.reconciler?.stop();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await worker?.stop();
      await notifier.stop();
      await mailbox?.stop();
      await identitySandbox?.stop();
      await embedded?.stop();
    },
  };
}
