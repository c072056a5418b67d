import { Router } from 'express';
import type { Logger } from '../logger';
import type { Mailer } from '../mail';
import type { Store } from '../store';
import { sessionStarter } from './auth-routes';
import { perIpLimiter } from './login-limits';
import { emailRoutes } from './email';
import { invitationRoutes } from './invitation';
import { passwordRoutes } from './reset';
import type { Sessions } from './sessions';

export interface AccountMailOptions {
  mailer: Mailer;
  /** The session secret: one-time tokens are kept as its HMAC. */
  secret: string;
  /** The portal's public address for links in mails (PUBLIC_URL, else the listen address). */
  publicBase: () => string;
  logger?: Logger;
}

/** The account routes that work by mail: password reset (and the address confirmation). */
export function accountMailRoutes(options: AccountMailOptions & { store: Store; sessions: Sessions; cookieSecure: boolean; rateLimitPerMinute: number }): Router {
  const router = Router();
  const common = {
    store: options.store,
    mailer: options.mailer,
    secret: options.secret,
    publicBase: options.publicBase,
    startSession: sessionStarter(options.sessions, options.cookieSecure),
    perIpLimit: perIpLimiter(options.rateLimitPerMinute),
  };
  router.use('/password', passwordRoutes(common, options.logger));
  router.use('/password', invitationRoutes(common));
  router.use('/email', emailRoutes(common));
  return router;
}
