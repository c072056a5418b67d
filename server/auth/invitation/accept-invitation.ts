import type { RequestHandler, Router } from 'express';
import { api } from '../../../domain/api';
import { HttpError } from '../../http/api-error';
import { contractRouter } from '../../http/contract';
import type { Store } from '../../store';
import { checkNewPassword, useToken } from '../reset';
import { setPassword } from '../reset/set-password';
import { invitationStillOpen } from './staff-invitation';

/**
 * `POST /api/auth/password/invitation`: the invited person chooses the first password. The token
 * alone names the account (the body has no other field), so a link can set no one else's password.
 */
export function invitationRoutes(options: { store: Store; secret: string; perIpLimit: RequestHandler }): Router {
  const { store, secret } = options;
  const { router, route } = contractRouter('/api/auth/password');

  route(api('auth.acceptInvitation'), async ({ body }, _req, res) => {
    checkNewPassword(body.password, 'password');
    const used = await useToken(store, secret, body.token, 'invite');
    // Checked again at the write: a reset or a newer invitation in between voids this link.
    const set = used ? await setPassword(store, used.userId, body.password, new Date(), (doc) => invitationStillOpen(doc, used.issuedAt)) : false;
    if (!set) throw new HttpError(400, 'invalid_token', [{ field: 'token', code: 'invalid' }]);
    res.json({ status: 'set' });
  }, options.perIpLimit);

  return router;
}
