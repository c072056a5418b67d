import * as client from 'openid-client';
import { lazyDiscovery } from './discovery';
import type { OidcConfig } from './oidc-config';

/** What the browser's login transaction holds to check the provider's answer against. */
export interface AuthorizationChecks {
  state: string;
  nonce: string;
  verifier: string;
}

/** A redeemed code: the checked ID token's claims, and userinfo for the same `sub` when asked. */
export interface RedeemedLogin {
  claims: client.IDToken;
  userinfo(): Promise<client.UserInfoResponse>;
}

/**
 * The portal as relying party of one OpenID provider, through openid-client: discovery at the
 * first login (retried after a failure), the authorization URL with PKCE (S256), state and
 * nonce, and the code exchange that checks them together with the ID token's signature, issuer,
 * audience and expiry. One implementation, two configurations: the citizens' BundID broker
 * (OIDC_*, relying-party.ts) and the city's staff provider (STAFF_OIDC_*, staff-relying-party.ts);
 * each adds only what differs (scope, extra parameters, what it reads from the claims).
 */
export class OidcRelyingParty {
  private readonly configuration: () => Promise<client.Configuration>;

  constructor(
    private readonly config: OidcConfig,
    private readonly scope: string,
    discoveryFailure?: (err: Error) => Error,
  ) {
    this.configuration = lazyDiscovery(config, discoveryFailure);
  }

  async authorizationUrl(input: AuthorizationChecks & { redirectUri: string }, extra: Record<string, string> = {}): Promise<URL> {
    const configuration = await this.configuration();
    return client.buildAuthorizationUrl(configuration, {
      redirect_uri: input.redirectUri,
      scope: this.scope,
      code_challenge: await client.calculatePKCECodeChallenge(input.verifier),
      code_challenge_method: 'S256',
      state: input.state,
      nonce: input.nonce,
      ...extra,
    });
  }

  async redeem(callbackUrl: URL, checks: AuthorizationChecks): Promise<RedeemedLogin> {
    const configuration = await this.configuration();
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: checks.verifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('no ID token');
    return { claims, userinfo: () => client.fetchUserInfo(configuration, tokens.access_token, claims.sub) };
  }

  /** Where to end the login at the provider too, if it offers RP-initiated logout. */
  async endSessionUrl(postLogoutRedirectUri: string): Promise<string | undefined> {
    const configuration = await this.configuration().catch(() => undefined);
    if (!configuration?.serverMetadata().end_session_endpoint) return undefined;
    return client.buildEndSessionUrl(configuration, { client_id: this.config.clientId, post_logout_redirect_uri: postLogoutRedirectUri }).href;
  }
}
