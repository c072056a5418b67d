import * as client from 'openid-client';
import { lazyDiscovery } from '../oidc/discovery';
import type { StaffOidcConfig } from './staff-oidc-config';

/** What the city's provider says of the person: its stable `sub` and the work address. */
export interface StaffClaims {
  sub: string;
  email?: string;
}

/**
 * The portal as relying party of the city's staff provider (openid-client): authorization code
 * flow with PKCE (S256), state and nonce; the code exchange checks them together with the ID
 * token's signature, issuer, audience and expiry. Discovery happens at the first login.
 */
export class StaffRelyingParty {
  private readonly configuration: () => Promise<client.Configuration>;
  constructor(config: StaffOidcConfig) {
    this.configuration = lazyDiscovery(config);
  }

  async authorizationUrl(input: { redirectUri: string; state: string; nonce: string; verifier: string }): Promise<URL> {
    return client.buildAuthorizationUrl(await this.configuration(), {
      redirect_uri: input.redirectUri,
      scope: 'openid email',
      code_challenge: await client.calculatePKCECodeChallenge(input.verifier),
      code_challenge_method: 'S256',
      state: input.state,
      nonce: input.nonce,
    });
  }

  /** Redeems the code; the ID token's claims, completed by userinfo for the same `sub`. */
  async finish(callbackUrl: URL, checks: { state: string; nonce: string; verifier: string }): Promise<StaffClaims> {
    const configuration = await this.configuration();
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: checks.verifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims()!;
    let email = typeof claims.email === 'string' ? claims.email : undefined;
    if (!email) {
      const info = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
      email = typeof info.email === 'string' ? info.email : undefined;
    }
    return { sub: claims.sub, ...(email ? { email } : {}) };
  }
}
