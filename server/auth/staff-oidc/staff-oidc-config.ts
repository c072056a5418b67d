import { isLoopbackHttp } from '../oidc/oidc-config';

/** The city's own OpenID provider for staff (STAFF_OIDC_ISSUER, _CLIENT_ID, _CLIENT_SECRET). */
export interface StaffOidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/**
 * Undefined without STAFF_OIDC_ISSUER: then staff sign in with their password only and the login
 * page shows no button for it. No sandbox stands in here: the demo staff have passwords, and a
 * city's staff directory is not the citizens' BundID.
 */
export function loadStaffOidcConfig(env: NodeJS.ProcessEnv): StaffOidcConfig | undefined {
  const issuer = env.STAFF_OIDC_ISSUER?.trim();
  if (!issuer) return undefined;
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new Error(`STAFF_OIDC_ISSUER „${issuer}“ ist keine gültige Adresse.`);
  }
  if (url.protocol !== 'https:' && !isLoopbackHttp(issuer)) throw new Error('STAFF_OIDC_ISSUER muss mit https:// beginnen.');
  const clientId = env.STAFF_OIDC_CLIENT_ID?.trim();
  const clientSecret = env.STAFF_OIDC_CLIENT_SECRET?.trim();
  if (!clientId || !clientSecret) throw new Error('Mit STAFF_OIDC_ISSUER müssen auch STAFF_OIDC_CLIENT_ID und STAFF_OIDC_CLIENT_SECRET gesetzt sein.');
  return { issuer, clientId, clientSecret };
}
