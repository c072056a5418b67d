import type { Response, Router } from 'express';
import { mapBundIdClaims } from '../../../domain/account/identity';
import { api } from '../../../domain/api';
import { HttpError } from '../../http/api-error';
import { LANGUAGES, translator, type Language } from '../../http/i18n';
import { contractRouter } from '../../http/contract';
import type { Store } from '../../store';
import { requireRole, SESSION_COOKIE, sessionStarter } from '../auth-routes';
import { endUserSessions } from '../sessions';
import { spendPasswordWork, verifyPassword } from '../passwords';
import { findUserByEmail } from '../users';
import type { Sessions } from '../sessions';
import { findActiveUserById, type SessionUser } from '../users';
import { AccountHasOtherBundIdError, BundIdAlreadyLinkedError, createBundIdUser, findUserIdBySub, linkBundId, refreshIdentity, unlinkBundId } from './bundid-accounts';
import { failedLoginPage } from './callback-page';
import { loginFlow } from './login-flow';
import { TRANSACTION_COOKIE } from './login-transaction';
import { BundIdLoginError, type RelyingParty } from './relying-party';

export interface BundIdRouteOptions {
  store: Store;
  sessions: Sessions;
  cookieSecure: boolean;
  /** Signs the login transaction cookie. */
  secret: string;
  /** The configured provider, or none (then BundID login answers 503). */
  relyingParty: () => RelyingParty | undefined;
  /** The portal's public address, for the redirect URI. */
  publicBase: () => string;
}

export const CALLBACK_PATH = '/api/auth/bundid/callback';
/** Where the provider sends people back after logging out there. */
export const AFTER_LOGOUT_PATH = '/';

/** Only a path of this app (never `//host` or a scheme): no open redirect through `weiter`. */
function appPath(weiter: string | undefined): string | undefined {
  return weiter && /^\/(?![/\\])[^\s]*$/.test(weiter) ? weiter : undefined;
}

function language(lng: string | undefined): Language {
  return (LANGUAGES as readonly string[]).includes(lng ?? '') ? (lng as Language) : 'de';
}

export function bundIdRoutes(options: BundIdRouteOptions): Router {
  const { store, sessions, cookieSecure, secret } = options;
  const { router, route } = contractRouter('/api/auth/bundid');
  const startSession = sessionStarter(sessions, cookieSecure);
  const flow = loginFlow({ cookie: TRANSACTION_COOKIE, secret, callbackPath: CALLBACK_PATH, cookieSecure, publicBase: options.publicBase });

  const refuse = (res: Response, status: number, reason: string, lng?: string) => {
    flow.clearCookie(res);
    res.status(status).type('html').send(failedLoginPage(translator(language(lng)), language(lng), reason));
  };

  route(api('auth.bundid.start'), async ({ query, user }, _req, res) => {
    const rp = options.relyingParty();
    if (!rp) throw new HttpError(503, 'bundid_not_configured');
    if (query.verknuepfen && (!user || user.role !== 'citizen' || user.login)) throw new HttpError(403, 'bundid_link_needs_password_login');
    const extra = {
      weiter: appPath(query.weiter),
      niveau: query.niveau,
      linkUserId: query.verknuepfen ? user!.id : undefined,
      lng: query.lng ? language(query.lng) : undefined,
    };
    await flow.begin(res, extra, (transaction) => rp.authorizationUrl(transaction), 'bundid_unreachable');
  });

  route(api('auth.bundid.callback'), async ({ query }, req, res) => {
    const rp = options.relyingParty();
    if (!rp) throw new HttpError(503, 'bundid_not_configured');
    const answer = flow.callback(req, res, query);
    if ('refused' in answer) return refuse(res, 400, answer.refused, answer.lng);
    const { transaction, callbackUrl } = answer;
    const lng = transaction.lng;
    let claims: Record<string, unknown>;
    try {
      claims = await rp.finish(callbackUrl, transaction);
    } catch (err) {
      const reason = err instanceof BundIdLoginError ? err.reason : 'token_invalid';
      req.log?.warn({ err: (err as Error).message, reason }, 'BundID login refused');
      if (reason === 'unreachable') return refuse(res, 502, 'unreachable', lng);
      return refuse(res, reason === 'provider_error' ? 400 : 401, reason === 'code_refused' ? 'codeRefused' : 'tokenInvalid', lng);
    }
    const mapped = mapBundIdClaims(claims);
    if (!mapped) return refuse(res, 401, 'tokenInvalid', lng);

    let user: SessionUser | undefined;
    const owner = await findUserIdBySub(store, mapped.identity.sub);
    if (transaction.linkUserId) {
      // Linking needs both proofs at once: the password session that started it is still this
      // browser's session now, and BundID has just answered.
      const current = req.user;
      if (!current || current.id !== transaction.linkUserId || current.login) return refuse(res, 403, 'linkNeedsPasswordLogin', lng);
      if (owner && owner !== current.id) return refuse(res, 409, 'alreadyLinked', lng);
      try {
        user = await linkBundId(store, current.id, mapped);
      } catch (err) {
        if (err instanceof BundIdAlreadyLinkedError) return refuse(res, 409, 'alreadyLinked', lng);
        if (err instanceof AccountHasOtherBundIdError) return refuse(res, 409, 'otherBundIdLinked', lng);
        throw err;
      }
    } else if (owner) {
      user = (await findActiveUserById(store, owner)) && (await refreshIdentity(store, owner, mapped));
      if (!user) return refuse(res, 403, 'deactivated', lng);
    } else {
      user = await createBundIdUser(store, mapped);
    }
    if (!user) return refuse(res, 403, 'deactivated', lng);
    // A new session, never the old one upgraded: its token changes with the login (no fixation).
    if (req.sessionToken) await sessions.destroy(req.sessionToken);
    await startSession(res, user, { provider: 'bundid', trustLevel: mapped.identity.trustLevel });
    res.redirect(303, transaction.weiter ?? '/meine-antraege');
  });

  route(api('auth.bundid.logout'), async (_input, req, res) => {
    const wasBundId = Boolean(req.user?.login);
    if (req.sessionToken) await sessions.destroy(req.sessionToken);
    res.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: cookieSecure });
    const rp = options.relyingParty();
    const endSessionUrl = wasBundId && rp ? await rp.endSessionUrl(options.publicBase() + AFTER_LOGOUT_PATH) : undefined;
    res.json({ endSessionUrl: endSessionUrl ?? null });
  });

  // Unlinking is proven by the account's password (whoever holds only the BundID login, or a
  // session left open, cannot take BundID off someone's account). Every session ends, BundID's
  // trust level with them; this device goes on with a password session.
  route(api('auth.bundid.unlink'), async ({ body, user }, _req, res) => {
    const account = user?.email ? await findUserByEmail(store, user.email) : undefined;
    if (!account || account.id !== user!.id || !(await verifyPassword(body.password, account.passwordHash))) {
      if (!account) await spendPasswordWork(body.password);
      if (user && !user.email) throw new HttpError(409, 'bundid_unlink_needs_password', [], 'profile:bundid.errors.bundid_unlink_needs_password');
      throw new HttpError(403, 'validation_failed', [{ field: 'password', code: 'wrong' }], 'profile:bundid.errors.wrong_password');
    }
    const result = await unlinkBundId(store, user!.id);
    if (result === 'not_linked') throw new HttpError(409, 'bundid_not_linked', [], 'profile:bundid.errors.bundid_not_linked');
    if (result === 'no_password') throw new HttpError(409, 'bundid_unlink_needs_password', [], 'profile:bundid.errors.bundid_unlink_needs_password');
    await endUserSessions(store, result.id);
    await startSession(res, result);
    res.json({ user: result });
  }, requireRole('citizen'));

  return router;
}
