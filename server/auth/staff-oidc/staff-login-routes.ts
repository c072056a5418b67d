import type { Response, Router } from 'express';
import { api } from '../../../domain/api';
import { HttpError } from '../../http/api-error';
import { contractRouter } from '../../http/contract';
import { LANGUAGES, translator, type Language } from '../../http/i18n';
import type { Store } from '../../store';
import { sessionStarter } from '../auth-routes';
import { loginFlow } from '../oidc/login-flow';
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
  const flow = loginFlow({ cookie: STAFF_TRANSACTION_COOKIE, secret: `staff:${secret}`, callbackPath: STAFF_CALLBACK_PATH, cookieSecure, publicBase: options.publicBase });
  const refuse = (res: Response, status: number, reason: StaffLoginFailure, lng?: string) => {
    flow.clearCookie(res);
    res.status(status).type('html').send(refusedStaffLoginPage(translator(language(lng)), language(lng), reason));
  };

  route(api('auth.staffLogin.available'), (_input, _req, res) => {
    res.json({ available: Boolean(options.staffLogin()) });
  });

  route(api('auth.staffLogin.start'), async ({ query }, _req, res) => {
    const provider = options.staffLogin();
    if (!provider) throw new HttpError(503, 'staff_login_not_configured');
    await flow.begin(res, { lng: query.lng ? language(query.lng) : undefined }, (transaction) => provider.relyingParty.authorizationUrl(transaction), 'staff_login_unreachable');
  });

  route(api('auth.staffLogin.callback'), async ({ query }, req, res) => {
    const provider = options.staffLogin();
    if (!provider) throw new HttpError(503, 'staff_login_not_configured');
    const answer = flow.callback(req, res, query);
    // Staff are told less than citizens: anything but a missing transaction is "failed".
    if ('refused' in answer) return refuse(res, 400, answer.refused === 'noTransaction' ? 'noTransaction' : 'failed', answer.lng);
    const { transaction, callbackUrl } = answer;
    const lng = transaction.lng;
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
    // A new session, never the old one upgraded (no fixation).
    if (req.sessionToken) await sessions.destroy(req.sessionToken);
    await startSession(res, account);
    res.redirect(303, account.role === 'admin' ? '/verwaltung' : account.role === 'treasury' ? '/kasse' : '/sachbearbeitung');
  });

  return router;
}
