/** The city's OpenID Connect broker for BundID logins: OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET. */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Plain HTTP is accepted only on this machine (the identity sandbox); anywhere else it must be HTTPS. */
export function isLoopbackHttp(issuer: string): boolean {
  const url = new URL(issuer);
  return url.protocol === 'http:' && LOOPBACK.has(url.hostname);
}

/** Undefined without OIDC_ISSUER (then `npm start` runs the identity sandbox). */
export function loadOidcConfig(env: NodeJS.ProcessEnv): OidcConfig | undefined {
  const issuer = env.OIDC_ISSUER?.trim();
  if (!issuer) return undefined;
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new Error(`OIDC_ISSUER „${issuer}“ ist keine gültige Adresse.`);
  }
  if (url.protocol !== 'https:' && !isLoopbackHttp(issuer)) throw new Error('OIDC_ISSUER muss mit https:// beginnen.');
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim();
  if (!clientId || !clientSecret) throw new Error('Mit OIDC_ISSUER müssen auch OIDC_CLIENT_ID und OIDC_CLIENT_SECRET gesetzt sein.');
  return { issuer, clientId, clientSecret };
}
