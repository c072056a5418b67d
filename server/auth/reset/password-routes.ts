import type { Request, RequestHandler, Response, Router } from 'express';
import { checkAccountFields } from '../../../domain/account/account-rules';
import { api } from '../../../domain/api';
import { profileUiLanguage } from '../../../domain/profile';
import { HttpError } from '../../http/api-error';
import { contractRouter } from '../../http/contract';
import { requestLanguage } from '../../http/i18n';
import type { Logger } from '../../logger';
import type { Mailer } from '../../mail';
import type { Store } from '../../store';
import { spendPasswordWork, verifyPassword } from '../passwords';
import { endUserSessions } from '../sessions';
import { findUserByEmail, findUserById, type SessionUser } from '../users';
import { issueToken, useToken } from './one-time-tokens';
import { perAccountFailures, perAddressLimit } from './reset-limits';
import { passwordChangedAt, setPassword } from './set-password';

export const RESET_MINUTES = 60;

export interface PasswordRouteOptions {
  store: Store;
  mailer: Mailer;
  secret: string;
  /** The portal's public address, for the links in mails (never from request headers). */
  publicBase: () => string;
  /** Starts a session on this device (auth-routes.ts). */
  startSession: (res: Response, user: SessionUser) => Promise<void>;
  /** The login limiter per client address (login-limits.ts). */
  perIpLimit: RequestHandler;
  /** Reset mails per address and quarter hour. */
  mailsPerAddress?: number;
}

/** The account rules' password check, its problem named by `field`. */
export function checkNewPassword(password: string, field: string): void {
  const problem = checkAccountFields({ email: 'x@example.org', name: 'x', password }).find((p) => p.field === 'password');
  if (problem) throw new HttpError(400, 'validation_failed', [{ field, code: problem.code }]);
}

export function mailLanguage(user: SessionUser, req: Request) {
  return profileUiLanguage(user.profile) ?? requestLanguage(req);
}

/** Issues a reset token and queues its mail. */
export async function sendResetMail(options: Pick<PasswordRouteOptions, 'store' | 'secret' | 'mailer' | 'publicBase'>, user: SessionUser, language: ReturnType<typeof mailLanguage>): Promise<void> {
  const token = await issueToken(options.store, options.secret, { userId: user.id, purpose: 'password', ttlMs: RESET_MINUTES * 60_000 });
  // The token rides in the fragment: it never reaches a server log or a Referer header.
  const link = `${options.publicBase()}/passwort-neu#${token}`;
  await options.mailer.send({ to: user.email, kind: 'passwordReset', language, params: { link, minutes: RESET_MINUTES } });
}

/**
 * "Passwort vergessen", setting a new password with the mailed link, and changing it when signed in.
 */
export function passwordRoutes(options: PasswordRouteOptions, logger?: Logger): Router {
  const { store, secret } = options;
  const { router, route } = contractRouter('/api/auth/password');

  route(api('auth.forgotPassword'), async ({ body }, req, res) => {
    const email = body.email.trim();
    const problem = checkAccountFields({ email, name: 'x', password: 'x'.repeat(20) }).find((p) => p.field === 'email');
    if (problem) throw new HttpError(400, 'validation_failed', [{ field: 'email', code: problem.code }]);
    const language = requestLanguage(req);
    // Answered before anything is looked up: the same answer, at the same time, whether the
    // address has an account or not. The work goes on after the answer.
    res.status(202).json({ status: 'accepted' });
    try {
      const user = await findUserByEmail(store, email);
      if (!user?.active) return;
      await sendResetMail(options, user, profileUiLanguage(user.profile) ?? language);
    } catch (err) {
      logger?.error({ err: (err as Error).message }, 'password reset mail not queued');
    }
  }, options.perIpLimit, perAddressLimit(options.mailsPerAddress ?? 5));

  route(api('auth.resetPassword'), async ({ body }, req, res) => {
    checkNewPassword(body.password, 'password');
    const used = await useToken(store, secret, body.token, 'password');
    // A token from before the last password change is void too: every older link dies with a reset.
    const changedAt = used && (await passwordChangedAt(store, used.userId));
    const user = used && !(changedAt && changedAt > used.issuedAt) ? await findUserById(store, used.userId) : undefined;
    if (!user) throw new HttpError(400, 'invalid_token', [{ field: 'token', code: 'invalid' }]);
    await setPassword(store, user.id, body.password);
    // Whoever had the old password is out, on every device.
    await endUserSessions(store, user.id);
    await options.mailer.send({ to: user.email, kind: 'passwordChanged', language: mailLanguage(user, req), params: { link: `${options.publicBase()}/anmelden` } });
    res.json({ status: 'changed' });
  }, options.perIpLimit);

  route(api('auth.changePassword'), async ({ body, user }, req, res) => {
    if (!user) throw new HttpError(401, 'not_authenticated');
    checkNewPassword(body.newPassword, 'newPassword');
    const found = await findUserByEmail(store, user.email);
    if (!found || !(await verifyPassword(body.currentPassword, found.passwordHash))) {
      if (!found) await spendPasswordWork(body.currentPassword);
      throw new HttpError(400, 'validation_failed', [{ field: 'currentPassword', code: 'wrong' }]);
    }
    await setPassword(store, user.id, body.newPassword);
    // Every other device is signed out; this one goes on with a fresh session.
    await endUserSessions(store, user.id);
    await options.startSession(res, user);
    await options.mailer.send({ to: user.email, kind: 'passwordChanged', language: mailLanguage(user, req), params: { link: `${options.publicBase()}/anmelden` } });
    res.json({ status: 'changed' });
  }, perAccountFailures(10));

  return router;
}
