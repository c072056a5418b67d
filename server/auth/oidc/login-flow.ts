import type { Request, Response } from 'express';
import { parse as parseCookie } from 'cookie';
import * as client from 'openid-client';
import { HttpError } from '../../http/api-error';
import { openTransaction, sealTransaction, TRANSACTION_MINUTES, type LoginTransaction } from './login-transaction';

/** Why a callback is refused before the code is redeemed. */
export type CallbackRefusal = 'noTransaction' | 'cancelled' | 'stateMismatch' | 'noCode';

/**
 * The steps both relying parties (BundID, the staff provider) take around the provider: a
 * transaction sealed into this browser's cookie on the way out, and on the way back the cookie
 * spent, the provider's answer checked against it, and the callback URL to redeem. Each kind has
 * its own cookie, secret and callback path, so a login of one kind never mixes with the other.
 */
export function loginFlow(options: { cookie: string; secret: string; callbackPath: string; cookieSecure: boolean; publicBase: () => string }) {
  const { cookie, secret, callbackPath } = options;
  const cookieOptions = { httpOnly: true, sameSite: 'lax' as const, secure: options.cookieSecure, path: callbackPath };
  const redirectUri = () => options.publicBase() + callbackPath;
  return {
    clearCookie(res: Response) {
      res.clearCookie(cookie, cookieOptions);
    },
    /** Sends the browser to the provider; `unreachable` is the 502's code when its discovery fails. */
    async begin(res: Response, extra: Omit<LoginTransaction, 'state' | 'nonce' | 'verifier' | 'expires'>, authorizationUrl: (t: LoginTransaction & { redirectUri: string }) => Promise<URL>, unreachable: string) {
      const transaction: LoginTransaction = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        verifier: client.randomPKCECodeVerifier(),
        ...extra,
        expires: Date.now() + TRANSACTION_MINUTES * 60_000,
      };
      let url: URL;
      try {
        url = await authorizationUrl({ ...transaction, redirectUri: redirectUri() });
      } catch (err) {
        throw new HttpError(502, unreachable, [{ code: (err as Error).message.slice(0, 200) }]);
      }
      res.cookie(cookie, sealTransaction(secret, transaction), { ...cookieOptions, maxAge: TRANSACTION_MINUTES * 60_000 });
      res.redirect(303, url.href);
    },
    /**
     * The provider's answer checked against this browser's transaction, which is spent whatever
     * happens next (single use): the transaction and the URL to redeem, or why not.
     */
    callback(req: Request, res: Response, query: Record<string, unknown>): { transaction: LoginTransaction; callbackUrl: URL } | { refused: CallbackRefusal; lng?: string } {
      const transaction = openTransaction(secret, parseCookie(req.headers.cookie ?? '')[cookie]);
      res.clearCookie(cookie, cookieOptions);
      if (!transaction) return { refused: 'noTransaction' };
      const lng = transaction.lng;
      if (query.error) return { refused: 'cancelled', lng };
      if (!query.state || query.state !== transaction.state) return { refused: 'stateMismatch', lng };
      if (!query.code) return { refused: 'noCode', lng };
      const callbackUrl = new URL(redirectUri());
      for (const [key, value] of Object.entries(query)) if (typeof value === 'string') callbackUrl.searchParams.set(key, value);
      return { transaction, callbackUrl };
    },
  };
}
