import express, { type NextFunction, type Request, type Response } from 'express';
import { pinoHttp } from 'pino-http';
import { authRoutes, loadSession, type Sessions } from '../auth';
import { clerkRoutes } from '../clerk';
import { profileRoutes } from '../profile';
import { fileRoutes } from '../files';
import { slotRoutes } from '../slots';
import { fundsachenRoutes } from '../fundsachen';
import type { Logger } from '../logger';
import type { Store } from '../store';
import { syncRoutes, type ChangeNotifier } from '../sync';
import { errorHandler, HttpError } from './api-error';
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
}

/**
 * State-changing API calls must be JSON: a cross-site HTML form cannot send that (CSRF). File
 * pieces are the one exception: a PUT of application/octet-stream, which no form can send either
 * (forms only GET/POST) and which cross-site fetch may only send after a preflight we never allow.
 */
function isFilePiece(req: Request): boolean {
  return req.method === 'PUT' && /^\/files\/[^/]+\/chunks\/\d+$/.test(req.path) && req.is('application/octet-stream') === 'application/octet-stream';
}

function requireJson(req: Request, _res: Response, next: NextFunction) {
  if (['POST', 'PUT', 'PATCH', 'DELETE'].includes(req.method) && req.headers['content-length'] !== '0' && !req.is('application/json') && !isFilePiece(req)) {
    return next(new HttpError(415, 'json_required'));
  }
  next();
}

export function createApp(options: AppOptions) {
  const { store, sessions, notifier, logger } = options;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders({ https: options.cookieSecure }));
  app.use(
    pinoHttp({
      logger,
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url?.startsWith('/api/sync/stream') === true },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
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

  const api = express.Router();
  api.use((_req, res, next) => {
    // Personal data: never cached by the browser, a proxy or the service worker.
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  api.use(requireJson);
  api.use(express.json({ limit: '256kb' }));
  api.use(loadSession({ store, sessions }));
  api.use('/auth', authRoutes({ store, sessions, cookieSecure: options.cookieSecure, rateLimitPerMinute: options.authRateLimitPerMinute }));
  api.use('/sync', syncRoutes(store, notifier));
  api.use('/clerk', clerkRoutes(store));
  api.use('/profile', profileRoutes(store, { cookieSecure: options.cookieSecure }));
  api.use('/files', fileRoutes(store, logger));
  api.use('/slots', slotRoutes(store));
  api.use('/fundsachen', fundsachenRoutes(store));
  api.use((_req, _res, next) => next(new HttpError(404, 'not_found')));
  app.use('/api', api);

  app.use(staticFiles(options.distDir));
  app.use(errorHandler);
  return app;
}
