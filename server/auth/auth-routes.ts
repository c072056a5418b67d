import type { NextFunction, Request, Response, Router } from 'express';
import { parse as parseCookie } from 'cookie';
import { checkAccountFields } from '../../domain/account/account-rules';
import { api } from '../../domain/api';
import { contractRouter } from '../http/contract';
import type { Store } from '../store';
import { HttpError } from '../http/api-error';
import { requestLanguage } from '../http/i18n';
import { sendConfirmationMail, type ConfirmationMailDeps } from './email';
import { noticeRegistrationForExistingAccount, type ExistingAccountMail } from './existing-account-notice';
import { authLimiters } from './login-limits';
import { spendPasswordWork, verifyPassword } from './passwords';
import type { SessionLogin, Sessions } from './sessions';
import { createUser, EmailTakenError, findActiveUserById, findUserByEmail, type Role, type SessionUser } from './users';

export const SESSION_COOKIE = 'bp_session';

declare module 'express-serve-static-core' {
  interface Request {
    user?: SessionUser;
    sessionToken?: string;
  }
}

export interface AuthOptions {
  store: Store;
  sessions: Sessions;
  cookieSecure: boolean;
  /** Login and registration attempts per IP and minute. */
  rateLimitPerMinute: number;
  /** Mail to the owner when their address is registered again. */
  existingAccountMail?: ExistingAccountMail;
  /** The confirmation link to a newly registered address (server/auth/email). */
  confirmationMail?: ConfirmationMailDeps;
}

/** Reads the session cookie on every request and puts the user on `req.user`. */
export function loadSession({ store, sessions }: Pick<AuthOptions, 'store' | 'sessions'>) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    try {
      const token = parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE];
      if (token) {
        const session = await sessions.resolveLogin(token);
        // A deactivated account's sessions are ended at once; this shuts out any that slipped through.
        const user = session ? await findActiveUserById(store, session.userId) : undefined;
        if (user) {
          req.user = session?.login ? { ...user, login: session.login } : user;
          req.sessionToken = token;
        }
      }
      next();
    } catch (err) {
      next(err);
    }
  };
}

export function requireRole(...roles: Role[]) {
  return (req: Request, _res: Response, next: NextFunction) => {
    if (!req.user) return next(new HttpError(401, 'not_authenticated'));
    if (!roles.includes(req.user.role)) return next(new HttpError(403, 'forbidden'));
    next();
  };
}

/** Starts a session for `user` on this device: the cookie with a fresh token. */
export function sessionStarter(sessions: Sessions, cookieSecure: boolean) {
  return async (res: Response, user: SessionUser, login?: SessionLogin) => {
    const token = await sessions.create(user.id, login);
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: cookieSecure,
      path: '/',
      maxAge: sessions.maxAgeMs,
    });
  };
}

export function authRoutes(options: AuthOptions): Router {
  const { store, sessions, cookieSecure } = options;
  const { router, route } = contractRouter('/api/auth');
  const limiter = authLimiters(options.rateLimitPerMinute);

  const startSession = sessionStarter(sessions, cookieSecure);

  route(api('auth.register'), async ({ body }, req, res) => {
    const problems = checkAccountFields(body);
    if (problems.length) throw new HttpError(400, 'validation_failed', problems);
    try {
      // Only these three: a registration creates a citizen, never staff (role, department, profile are not taken).
      const user = await createUser(store, { name: String(body.name), email: String(body.email), password: String(body.password), unconfirmed: true });
      // Not awaited, like the notice below: the answer takes as long for a new address as for a known one.
      if (options.confirmationMail) {
        void sendConfirmationMail(options.confirmationMail, user, user.email, requestLanguage(req)).catch((err: unknown) =>
          req.log?.error({ err: (err as Error).message }, 'confirmation mail not queued'),
        );
      }
    } catch (err) {
      if (!(err instanceof EmailTakenError)) throw err;
      // Queued after the answer's work, never awaited: the answer takes as long either way.
      void noticeRegistrationForExistingAccount(String(body.email), req, options.existingAccountMail, req.log).catch((err: unknown) =>
        req.log?.error({ err: (err as Error).message }, 'existing-account notice not queued'),
      );
    }
    // The same answer whether the address was new or already had an account (no account
    // probing): no session here; the app logs in with the password just chosen, which works
    // exactly when the account is the caller's own.
    res.status(202).json({ status: 'accepted' });
  }, ...limiter);

  route(api('auth.login'), async ({ body }, _req, res) => {
    const { email, password } = body;
    if (typeof email !== 'string' || typeof password !== 'string' || !email || !password) {
      throw new HttpError(400, 'validation_failed', [
        ...(!email ? [{ field: 'email', code: 'required' }] : []),
        ...(!password ? [{ field: 'password', code: 'required' }] : []),
      ]);
    }
    const found = await findUserByEmail(store, email);
    // Same answer for an unknown address and a wrong password: no account probing.
    // An unknown address costs the same scrypt work as a wrong password: the time tells nothing either.
    // An account without a password (a staff invitation not yet taken up, a BundID-only citizen)
    // costs the same work too, and is refused like a wrong password.
    if (!found?.passwordHash || !(await verifyPassword(password, found.passwordHash))) {
      if (!found?.passwordHash) await spendPasswordWork(password);
      throw new HttpError(401, 'invalid_credentials');
    }
    // Said only to someone who knows the password: it reveals nothing to a stranger.
    if (!found.active) throw new HttpError(403, 'account_deactivated');
    const { passwordHash: _omit, active: _active, ...user } = found;
    await startSession(res, user);
    res.json({ user });
  }, ...limiter);

  route(api('auth.logout'), async (_input, req, res) => {
    if (req.sessionToken) await sessions.destroy(req.sessionToken);
    res.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: cookieSecure });
    res.status(204).end();
  });

  route(api('auth.me'), ({ user }, _req, res) => {
    if (!user) throw new HttpError(401, 'not_authenticated');
    res.json({ user });
  });

  // What the app asks at every start. Nobody signed in is a normal answer here, not an error:
  // a 401 would put a red line in every anonymous visitor's console. `expired` tells a device
  // that still sent a session cookie that its session has ended (the login page explains it).
  route(api('auth.session'), (_input, req, res) => {
    const sentCookie = Boolean(parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE]);
    res.json({ user: req.user ?? null, expired: !req.user && sentCookie });
  });

  return router;
}
