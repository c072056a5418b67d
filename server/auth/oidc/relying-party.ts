import * as client from 'openid-client';
import { BUNDID_SCOPES } from '../../../domain/account/identity';
import { STORK_QAA, type TrustLevel } from '../../../domain/account/trust-level';
import { lazyDiscovery } from './discovery';
import type { OidcConfig } from './oidc-config';

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
 * The portal as OpenID Connect relying party of the city's BundID broker, through openid-client:
 * discovery once (retried on the next login if the provider was down), the authorization URL
 * with PKCE (S256), state and nonce, and the code exchange that checks them together with the
 * ID token's signature, issuer, audience and expiry.
 */
export class RelyingParty {
  private readonly configuration: () => Promise<client.Configuration>;

  constructor(private readonly config: OidcConfig) {
    this.configuration = lazyDiscovery(config, (err) => new BundIdLoginError('unreachable', `discovery failed: ${err.message}`));
  }

  async authorizationUrl(input: { redirectUri: string; state: string; nonce: string; verifier: string; niveau?: TrustLevel; lng?: string }): Promise<URL> {
    const configuration = await this.configuration();
    return client.buildAuthorizationUrl(configuration, {
      redirect_uri: input.redirectUri,
      scope: BUNDID_SCOPES,
      code_challenge: await client.calculatePKCECodeChallenge(input.verifier),
      code_challenge_method: 'S256',
      state: input.state,
      nonce: input.nonce,
      // Every login is a fresh one at BundID: a step up to a higher level must not reuse the last.
      prompt: 'login',
      ...(input.niveau ? { acr_values: STORK_QAA[input.niveau] } : {}),
      ...(input.lng ? { ui_locales: input.lng } : {}),
    });
  }

  /** Redeems the code; answers the person's claims (ID token, completed by userinfo for the same `sub`). */
  async finish(callbackUrl: URL, checks: { state: string; nonce: string; verifier: string }): Promise<Record<string, unknown>> {
    const configuration = await this.configuration();
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: checks.verifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
    } catch (err) {
      throw classify(err);
    }
    const idClaims = tokens.claims();
    if (!idClaims) throw new BundIdLoginError('token_invalid', 'no ID token');
    let userinfo: Record<string, unknown> = {};
    try {
      userinfo = await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
    } catch (err) {
      // The ID token alone suffices when it carries the attributes; a different `sub` does not.
      if (!(err instanceof client.ResponseBodyError)) throw classify(err);
    }
    return { ...userinfo, ...idClaims };
  }

  /** Where to end the login at the provider too, if it offers RP-initiated logout. */
  async endSessionUrl(postLogoutRedirectUri: string): Promise<string | undefined> {
    const configuration = await this.configuration().catch(() => undefined);
    if (!configuration?.serverMetadata().end_session_endpoint) return undefined;
    return client.buildEndSessionUrl(configuration, { client_id: this.config.clientId, post_logout_redirect_uri: postLogoutRedirectUri }).href;
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
