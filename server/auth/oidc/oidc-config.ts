/** An OpenID provider the portal is relying party of: issuer, client id and secret. */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/**
 * The portal's two relying parties, by the prefix of their variables: BundID for citizens through
 * the city's broker (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET), and the city's own provider
 * for staff (STAFF_OIDC_…).
 */
export const OIDC_ENV_PREFIX = { bundid: 'OIDC', staff: 'STAFF_OIDC' } as const;
export type OidcKind = keyof typeof OIDC_ENV_PREFIX;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Plain HTTP is accepted only on this machine (the sandboxes); anywhere else it must be HTTPS. */
export function isLoopbackHttp(issuer: string): boolean {
  const url = new URL(issuer);
  return url.protocol === 'http:' && LOOPBACK.has(url.hostname);
}

/**
 * One relying party's configuration; undefined without its issuer (then `npm start` runs the
 * identity sandbox for BundID; staff sign in with their password only).
 */
export function loadOidcClientConfig(env: NodeJS.ProcessEnv, kind: OidcKind): OidcConfig | undefined {
  const prefix = OIDC_ENV_PREFIX[kind];
  const issuer = env[`${prefix}_ISSUER`]?.trim();
  if (!issuer) return undefined;
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new Error(`${prefix}_ISSUER „${issuer}“ ist keine gültige Adresse.`);
  }
  if (url.protocol !== 'https:' && !isLoopbackHttp(issuer)) throw new Error(`${prefix}_ISSUER muss mit https:// beginnen.`);
  const clientId = env[`${prefix}_CLIENT_ID`]?.trim();
  const clientSecret = env[`${prefix}_CLIENT_SECRET`]?.trim();
  if (!clientId || !clientSecret) throw new Error(`Mit ${prefix}_ISSUER müssen auch ${prefix}_CLIENT_ID und ${prefix}_CLIENT_SECRET gesetzt sein.`);
  return { issuer, clientId, clientSecret };
}

/** BundID's broker (OIDC_*). */
export const loadOidcConfig = (env: NodeJS.ProcessEnv) => loadOidcClientConfig(env, 'bundid');
