import type { Router } from 'express';
import { checkAccountFields } from '../../../domain/account/account-rules';
import { api } from '../../../domain/api';
import { HttpError } from '../../http/api-error';
import { contractRouter } from '../../http/contract';
import { attemptLimiter } from '../login-limits';
import { spendPasswordWork, verifyPassword } from '../passwords';
import { mailLanguage, useToken, type PasswordRouteOptions } from '../reset';
import { perAccountFailures, perAddressLimit } from '../reset/reset-limits';
import { findUserByEmail, normalizeEmail } from '../users';
import { EmailTakenError, markEmailConfirmed, moveToEmail, setPendingEmail } from './account-email';
import { sendConfirmationMail } from './confirmation-mail';

type EmailRouteOptions = Pick<PasswordRouteOptions, 'store' | 'mailer' | 'secret' | 'publicBase' | 'perIpLimit'> & {
  /** Confirmation mails one account may ask for again per quarter hour. */
  resendsPerAccount?: number;
  /** Mails one address gets from changes to it per quarter hour. */
  mailsPerAddress?: number;
};

/** Confirming the address (after registration or a change) and asking to change it. */
export function emailRoutes(options: EmailRouteOptions): Router {
  const { store, secret } = options;
  const { router, route } = contractRouter('/api/auth/email');

  route(api('auth.confirmEmail'), async ({ body }, _req, res) => {
    // A token is of one purpose; which of the two it is shows only once it is used.
    const registered = await useToken(store, secret, body.token, 'confirm');
    const changed = registered ? undefined : await useToken(store, secret, body.token, 'emailChange');
    const used = registered ?? changed;
    if (!used?.subject) throw new HttpError(400, 'invalid_token', [{ field: 'token', code: 'invalid' }]);
    if (registered) {
      if (!(await markEmailConfirmed(store, used.userId, used.subject))) throw new HttpError(400, 'invalid_token', [{ field: 'token', code: 'outdated' }]);
    } else {
      try {
        if ((await moveToEmail(store, used.userId, used.subject)) === 'outdated') throw new HttpError(400, 'invalid_token', [{ field: 'token', code: 'outdated' }]);
      } catch (err) {
        if (err instanceof EmailTakenError) throw new HttpError(409, 'email_taken', [{ field: 'email', code: 'taken' }], 'email:errors.taken');
        throw err;
      }
    }
    res.json({ status: 'confirmed', email: used.subject });
  }, options.perIpLimit);

  const perAccount = attemptLimiter({ windowMs: 15 * 60_000, limit: options.resendsPerAccount ?? 3, key: (req) => (req.user ? `confirm:${req.user.id}` : undefined) });
  route(api('auth.resendConfirmation'), async ({ user }, req, res) => {
    if (!user) throw new HttpError(401, 'not_authenticated');
    if (!user.emailConfirmed) await sendConfirmationMail(options, user, user.email, mailLanguage(user, req));
    res.status(202).json({ status: 'accepted' });
  }, perAccount);

  // Each change mails the address asked for: limited per address as "Passwort vergessen" is, so a
  // signed-in account cannot flood someone else's inbox with it.
  route(api('auth.changeEmail'), async ({ body, user }, req, res) => {
    if (!user) throw new HttpError(401, 'not_authenticated');
    const email = normalizeEmail(body.email);
    const problem = checkAccountFields({ email, name: 'x', password: 'x'.repeat(20) }).find((p) => p.field === 'email');
    if (problem) throw new HttpError(400, 'validation_failed', [{ field: 'email', code: problem.code }]);
    if (email === user.email) throw new HttpError(400, 'validation_failed', [{ field: 'email', code: 'unchanged', message: '' }], 'email:errors.unchanged');
    const found = await findUserByEmail(store, user.email);
    if (!found || !(await verifyPassword(body.currentPassword, found.passwordHash))) {
      if (!found) await spendPasswordWork(body.currentPassword);
      throw new HttpError(400, 'validation_failed', [{ field: 'currentPassword', code: 'wrong' }]);
    }
    const language = mailLanguage(user, req);
    // Shown as waiting either way: neither the answer nor the profile tells whether the address is free.
    await setPendingEmail(store, user.id, email);
    if (await findUserByEmail(store, email)) {
      // The holder of that address is the one to tell.
      await options.mailer.send({ to: email, kind: 'existingAccount', language, params: { link: `${options.publicBase()}/passwort-vergessen` } });
    } else {
      await sendConfirmationMail(options, user, email, language, true);
    }
    // The old address hears of it at once: a stranger on an open session cannot move the account quietly.
    await options.mailer.send({ to: user.email, kind: 'emailChangeNotice', language, params: { link: `${options.publicBase()}/passwort-vergessen` } });
    res.status(202).json({ status: 'accepted' });
  }, perAccountFailures(10), perAddressLimit(options.mailsPerAddress ?? 5));

  return router;
}
