import * as client from 'openid-client';
import { BUNDID_SCOPES } from '../../../domain/account/identity';
import { STORK_QAA, type TrustLevel } from '../../../domain/account/trust-level';
import type { OidcConfig } from './oidc-config';
import { OidcRelyingParty, type AuthorizationChecks, type RedeemedLogin } from './oidc-relying-party';

export type BundIdFailure = 'provider_error' | 'code_refused' | 'token_invalid' | 'unreachable';

/** A failed callback, by what went wrong; the routes turn it into a 4xx (5xx only if the provider is down). */
export class BundIdLoginError extends Error {
  constructor(
    readonly reason: BundIdFailure,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The portal as relying party of the city's BundID broker: the shared OpenID Connect relying
 * party (oidc-relying-party.ts) with BundID's scopes, a fresh login every time, the trust level
 * asked for, and failures sorted by what went wrong.
 */
export class RelyingParty {
  private readonly oidc: OidcRelyingParty;

  constructor(config: OidcConfig) {
    this.oidc = new OidcRelyingParty(config, BUNDID_SCOPES, (err) => new BundIdLoginError('unreachable', `discovery failed: ${err.message}`));
  }

  authorizationUrl(input: AuthorizationChecks & { redirectUri: string; niveau?: TrustLevel; lng?: string }): Promise<URL> {
    return this.oidc.authorizationUrl(input, {
      // Every login is a fresh one at BundID: a step up to a higher level must not reuse the last.
      prompt: 'login',
      ...(input.niveau ? { acr_values: STORK_QAA[input.niveau] } : {}),
      ...(input.lng ? { ui_locales: input.lng } : {}),
    });
  }

  /** Redeems the code; answers the person's claims (ID token, completed by userinfo for the same `sub`). */
  async finish(callbackUrl: URL, checks: AuthorizationChecks): Promise<Record<string, unknown>> {
    let redeemed: RedeemedLogin;
    try {
      redeemed = await this.oidc.redeem(callbackUrl, checks);
    } catch (err) {
      throw classify(err);
    }
    let userinfo: Record<string, unknown> = {};
    try {
      userinfo = await redeemed.userinfo();
    } catch (err) {
      // The ID token alone suffices when it carries the attributes; a different `sub` does not.
      if (!(err instanceof client.ResponseBodyError)) throw classify(err);
    }
    return { ...userinfo, ...redeemed.claims };
  }

  /** Where to end the login at the provider too, if it offers RP-initiated logout. */
  endSessionUrl(postLogoutRedirectUri: string): Promise<string | undefined> {
    return this.oidc.endSessionUrl(postLogoutRedirectUri);
  }
}

function classify(err: unknown): BundIdLoginError {
  const message = (err as Error)?.message ?? String(err);
  if (err instanceof BundIdLoginError) return err;
  if (err instanceof client.AuthorizationResponseError) return new BundIdLoginError('provider_error', message);
  // The token endpoint refused the code: forged, replayed, expired, or another client's.
  if (err instanceof client.ResponseBodyError) return new BundIdLoginError('code_refused', message);
  const cause = (err as { cause?: unknown })?.cause;
  if (err instanceof TypeError && /fetch failed/i.test(message)) return new BundIdLoginError('unreachable', message);
  if (cause && (cause as { code?: string }).code === 'ECONNREFUSED') return new BundIdLoginError('unreachable', message);
  // Signature, issuer, audience, nonce, expiry, state or `iss` parameter wrong.
  return new BundIdLoginError('token_invalid', message);
}
