import type { Response, Router } from 'express';
import { parse as parseCookie } from 'cookie';
import * as client from 'openid-client';
import { api } from '../../../domain/api';
import { HttpError } from '../../http/api-error';
import { contractRouter } from '../../http/contract';
import { LANGUAGES, translator, type Language } from '../../http/i18n';
import type { Store } from '../../store';
import { sessionStarter } from '../auth-routes';
import { openTransaction, sealTransaction, TRANSACTION_MINUTES, type LoginTransaction } from '../oidc/login-transaction';
import type { Sessions } from '../sessions';
import { staffAccountForLogin } from './staff-accounts';
import { refusedStaffLoginPage, type StaffLoginFailure } from './staff-login-page';
import type { StaffRelyingParty } from './staff-relying-party';

export const STAFF_CALLBACK_PATH = '/api/auth/staff-login/callback';
/** Its own cookie: a staff login in progress never mixes with a BundID one. */
const STAFF_TRANSACTION_COOKIE = 'bp_staff_login';

export interface StaffLoginOptions {
  store: Store;
  sessions: Sessions;
  cookieSecure: boolean;
  secret: string;
  /** The city's provider, or none (no button, 503). */
  staffLogin: () => { relyingParty: StaffRelyingParty; issuer: string } | undefined;
  publicBase: () => string;
}

const language = (lng: string | undefined): Language => ((LANGUAGES as readonly string[]).includes(lng ?? '') ? (lng as Language) : 'de');

export function staffLoginRoutes(options: StaffLoginOptions): Router {
  const { store, sessions, cookieSecure, secret } = options;
  const { router, route } = contractRouter('/api/auth/staff-login');
  const startSession = sessionStarter(sessions, cookieSecure);
  const cookieOptions = { httpOnly: true, sameSite: 'lax' as const, secure: cookieSecure, path: STAFF_CALLBACK_PATH };
  const refuse = (res: Response, status: number, reason: StaffLoginFailure, lng?: string) => {
    res.clearCookie(STAFF_TRANSACTION_COOKIE, cookieOptions);
    res.status(status).type('html').send(refusedStaffLoginPage(translator(language(lng)), language(lng), reason));
  };

  route(api('auth.staffLogin.available'), (_input, _req, res) => {
    res.json({ available: Boolean(options.staffLogin()) });
  });

  route(api('auth.staffLogin.start'), async ({ query }, _req, res) => {
    const provider = options.staffLogin();
    if (!provider) throw new HttpError(503, 'staff_login_not_configured');
    const transaction: LoginTransaction = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
      lng: query.lng ? language(query.lng) : undefined,
      expires: Date.now() + TRANSACTION_MINUTES * 60_000,
    };
    let url: URL;
    try {
      url = await provider.relyingParty.authorizationUrl({ ...transaction, redirectUri: options.publicBase() + STAFF_CALLBACK_PATH });
    } catch (err) {
      throw new HttpError(502, 'staff_login_unreachable', [{ code: (err as Error).message.slice(0, 200) }]);
    }
    res.cookie(STAFF_TRANSACTION_COOKIE, sealTransaction(`staff:${secret}`, transaction), { ...cookieOptions, maxAge: TRANSACTION_MINUTES * 60_000 });
    res.redirect(303, url.href);
  });

  route(api('auth.staffLogin.callback'), async ({ query }, req, res) => {
    const provider = options.staffLogin();
    if (!provider) throw new HttpError(503, 'staff_login_not_configured');
    const transaction = openTransaction(`staff:${secret}`, parseCookie(req.headers.cookie ?? '')[STAFF_TRANSACTION_COOKIE]);
    if (!transaction) return refuse(res, 400, 'noTransaction');
    const lng = transaction.lng;
    if (query.error || !query.code || query.state !== transaction.state) return refuse(res, 400, 'failed', lng);
    const callbackUrl = new URL(options.publicBase() + STAFF_CALLBACK_PATH);
    for (const [key, value] of Object.entries(query)) if (typeof value === 'string') callbackUrl.searchParams.set(key, value);
    let claims;
    try {
      claims = await provider.relyingParty.finish(callbackUrl, transaction);
    } catch (err) {
      req.log?.warn({ err: (err as Error).message }, 'staff login refused by the token check');
      const down = err instanceof TypeError && /fetch failed/i.test((err as Error).message);
      return refuse(res, down ? 502 : 401, down ? 'unreachable' : 'failed', lng);
    }
    const account = await staffAccountForLogin(store, provider.issuer, claims);
    if (typeof account === 'string') {
      req.log?.warn({ reason: account }, 'staff login without a staff account');
      return refuse(res, 403, account, lng);
    }
    res.clearCookie(STAFF_TRANSACTION_COOKIE, cookieOptions);
    // A new session, never the old one upgraded (no fixation).
    if (req.sessionToken) await sessions.destroy(req.sessionToken);
    await startSession(res, account);
    res.redirect(303, account.role === 'admin' ? '/verwaltung' : account.role === 'treasury' ? '/kasse' : '/sachbearbeitung');
  });

  return router;
}
