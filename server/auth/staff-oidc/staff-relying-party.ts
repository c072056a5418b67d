import { OidcRelyingParty, type AuthorizationChecks } from '../oidc/oidc-relying-party';
import type { StaffOidcConfig } from './staff-oidc-config';

/** What the city's provider says of the person: its stable `sub` and the work address. */
export interface StaffClaims {
  sub: string;
  email?: string;
}

/**
 * The portal as relying party of the city's staff provider: the shared OpenID Connect relying
 * party (oidc-relying-party.ts) asking for `openid email`; the address comes from the ID token,
 * or from userinfo when the token does not carry it.
 */
export class StaffRelyingParty {
  private readonly oidc: OidcRelyingParty;

  constructor(config: StaffOidcConfig) {
    this.oidc = new OidcRelyingParty(config, 'openid email');
  }

  authorizationUrl(input: AuthorizationChecks & { redirectUri: string }): Promise<URL> {
    return this.oidc.authorizationUrl(input);
  }

  /** Redeems the code; the ID token's claims, completed by userinfo for the same `sub`. */
  async finish(callbackUrl: URL, checks: AuthorizationChecks): Promise<StaffClaims> {
    const { claims, userinfo } = await this.oidc.redeem(callbackUrl, checks);
    let email = typeof claims.email === 'string' ? claims.email : undefined;
    if (!email) {
      const info = await userinfo();
      email = typeof info.email === 'string' ? info.email : undefined;
    }
    return { sub: claims.sub, ...(email ? { email } : {}) };
  }
}
