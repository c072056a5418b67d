import express, { type NextFunction, type Request, type Response } from 'express';
import { pinoHttp } from 'pino-http';
import { logSafeRequest } from './log-safe-url';
import { authRoutes, loadSession, type Sessions } from '../auth';
import { accountMailRoutes, type AccountMailOptions } from '../auth/account-mail-routes';
import { bundIdRoutes, type BundIdRouteOptions } from '../auth/oidc';
import { staffLoginRoutes, type StaffLoginOptions } from '../auth/staff-oidc';
import { adminRoutes } from '../admin';
import { clerkRoutes } from '../clerk';
import { departmentRoutes } from '../departments';
import { profileRoutes } from '../profile';
import { fileRoutes } from '../files';
import { paymentPdfRoutes, receiptRoutes } from '../documents';
import { messageFileRoutes, messageSyncRoutes } from '../messages';
import { slotRoutes } from '../slots';
import { fundsachenRoutes } from '../fundsachen';
import { wasteFeedRoutes } from '../waste-calendar';
import { mapRoutes, reportRoutes, type MapConfig } from '../maps';
import { appointmentRoutes } from '../appointments';
import { kasseRoutes } from '../kasse';
import { paymentRequestRoutes, paymentReturnRoutes, paymentWebhookRoute, type PaymentsService } from '../payments';
import type { Logger } from '../logger';
import { opsRoutes } from '../observability';
import type { Store } from '../store';
import { syncRoutes, type ChangeNotifier } from '../sync';
import { apiCompression } from './api-compression';
import { errorHandler, HttpError } from './api-error';
import { apiReferenceRoutes, contractDoor, findEndpoint } from './contract';
import { isRawBody } from '../../domain/api';
import { refuseHostileInput } from './hostile-input';
import { disposerKeyAuth, disposerRoutes, type DisposerCompany } from '../disposer';
import { archiveKeyAuth, archiveRoutes, type ArchiveConfig } from '../archive';
import { sameOriginOnly } from './same-origin';
import { securityHeaders } from './security-headers';
import { staticFiles } from './static-files';

export interface AppOptions {
  store: Store;
  sessions: Sessions;
  notifier: ChangeNotifier;
  logger: Logger;
  distDir: string;
  cookieSecure: boolean;
  authRateLimitPerMinute: number;
  payments: PaymentsService;
  /** The portal's own origins (server/http/public-origin.ts), known once it listens. */
  ownOrigins: () => readonly string[];
  /** Proxies whose X-Forwarded-For is believed (TRUST_PROXY); empty: none. */
  trustProxy: readonly string[];
  /** Bearer token for /metrics (METRICS_TOKEN); without it /metrics is for loopback callers only. */
  metricsToken?: string;
  /** Map tiles (server/maps); without it the map routes answer 503 and pages offer text only. */
  map?: MapConfig;
  /** Waste companies signed in by API key (server/disposer). */
  disposers?: readonly DisposerCompany[];
  /** The city archive, signed in by API key (server/archive). */
  archive?: ArchiveConfig;
  /** Mail about accounts (password reset): the outbox, the secret of its tokens, the links' base. */
  accountMail: AccountMailOptions;
  /** BundID login (server/auth/oidc): the relying party once configured, and the links' base. */
  bundId?: Pick<BundIdRouteOptions, 'relyingParty' | 'publicBase' | 'secret'>;
  /** Staff login through the city's own provider (server/auth/staff-oidc), when configured. */
  staffLogin?: Pick<StaffLoginOptions, 'staffLogin' | 'publicBase' | 'secret'>;
}

/**
 * State-changing API calls must be JSON, or the raw media type their contract entry declares
 * (file pieces, a clerk's PDF, the treasury's camt.053, the archive's xdomea XML): a cross-site
 * HTML form can send none of these, and a cross-site script can't without a CORS preflight we
 * never grant (CSRF). The exceptions come from the contract, so a new raw endpoint needs no
 * second list here, and a PDF or XML body is refused everywhere its entry does not name it.
 */
function requireJson(req: Request, _res: Response, next: NextFunction) {
  if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(req.method) || req.headers['content-length'] === '0') return next();
  const body = findEndpoint(req.method, (req.baseUrl + req.path).replace(/(.)\/$/, '$1'))?.door.endpoint.body;
  const accepted = body && isRawBody(body) ? [...body.raw] : ['application/json'];
  if (!req.is(accepted)) return next(new HttpError(415, 'json_required'));
  next();
}

export function createApp(options: AppOptions) {
  const { store, sessions, notifier, logger } = options;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy.length ? [...options.trustProxy] : false);
  app.use(securityHeaders({ https: options.cookieSecure }));
  app.use(
    pinoHttp({
      logger,
      autoLogging: { ignore: (req) => ['/healthz', '/readyz', '/metrics'].includes(req.url ?? '') || req.url?.startsWith('/api/sync/stream') === true },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      serializers: { req: logSafeRequest },
    }),
  );

  app.get('/healthz', async (_req, res) => {
    try {
      await store.server.info();
      res.json({ status: 'ok', store: 'ok', liveConnections: notifier.connectionCount });
    } catch {
      res.status(503).json({ status: 'degraded', store: 'unreachable' });
    }
  });

  app.use(opsRoutes({ store, metricsToken: options.metricsToken }));

  // The provider's notifications are read as raw bytes (their signature covers those), so this
  // route comes before the JSON parser and needs no session.
  app.use('/api/payments/webhook', paymentWebhookRoute(options.payments));
  app.use(sameOriginOnly(options.ownOrigins));

  const api = express.Router();
  api.use(apiCompression());
  api.use((_req, res, next) => {
    // Personal data: never cached by the browser, a proxy or the service worker.
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  api.use(requireJson);
  api.use(express.json({ limit: '256kb' }));
  api.use(refuseHostileInput);
  api.use(loadSession({ store, sessions }));
  api.use(disposerKeyAuth(options.disposers ?? []));
  api.use(archiveKeyAuth(options.archive));
  // Every endpoint is declared in domain/api: callers and fields are checked here, before any handler.
  api.use(contractDoor());
  api.use('/auth', accountMailRoutes({ store, sessions, cookieSecure: options.cookieSecure, rateLimitPerMinute: options.authRateLimitPerMinute, ...options.accountMail }));
  api.use('/auth/bundid', bundIdRoutes({ store, sessions, cookieSecure: options.cookieSecure, ...(options.bundId ?? { relyingParty: () => undefined, publicBase: () => '', secret: '' }) }));
  api.use('/auth/staff-login', staffLoginRoutes({ store, sessions, cookieSecure: options.cookieSecure, ...(options.staffLogin ?? { staffLogin: () => undefined, publicBase: () => '', secret: '' }) }));
  api.use('/auth', authRoutes({ store, sessions, cookieSecure: options.cookieSecure, rateLimitPerMinute: options.authRateLimitPerMinute, existingAccountMail: { store, ...options.accountMail }, confirmationMail: { store, ...options.accountMail } }));
  api.use('/sync/messages', messageSyncRoutes(store));
  api.use('/sync', syncRoutes(store, notifier));
  api.use('/messages', messageFileRoutes(store));
  api.use('/requests', receiptRoutes(store));
  api.use('/requests', paymentRequestRoutes(options.payments));
  api.use('/requests', paymentPdfRoutes(store, options.payments.creditor));
  api.use('/payments', paymentReturnRoutes(options.payments));
  api.use('/clerk', clerkRoutes(store));
  api.use('/admin', adminRoutes(store, options.accountMail));
  api.use('/departments', departmentRoutes(store));
  api.use('/profile', profileRoutes(store, { cookieSecure: options.cookieSecure }));
  api.use('/files', fileRoutes(store, logger));
  api.use('/slots', slotRoutes(store));
  api.use('/fundsachen', fundsachenRoutes(store));
  api.use('/abfallkalender', wasteFeedRoutes());
  api.use('/karte', mapRoutes(options.map));
  api.use('/karte', reportRoutes(store));
  api.use('/termine', appointmentRoutes(store));
  api.use('/kasse', kasseRoutes(store));
  api.use('/entsorger', disposerRoutes(store, options.disposers ?? []));
  api.use('/archiv', archiveRoutes(store, options.archive, logger));
  api.use(apiReferenceRoutes());
  api.use((_req, _res, next) => next(new HttpError(404, 'not_found')));
  app.use('/api', api);

  app.use(staticFiles(options.distDir));
  app.use(errorHandler);
  return app;
}
