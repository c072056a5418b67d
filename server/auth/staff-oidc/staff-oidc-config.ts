import { loadOidcClientConfig, type OidcConfig } from '../oidc/oidc-config';

/** The city's own OpenID provider for staff (STAFF_OIDC_ISSUER, _CLIENT_ID, _CLIENT_SECRET). */
export type StaffOidcConfig = OidcConfig;

/**
 * Undefined without STAFF_OIDC_ISSUER: then staff sign in with their password only and the login
 * page shows no button for it. No sandbox stands in here: the demo staff have passwords, and a
 * city's staff directory is not the citizens' BundID.
 */
export const loadStaffOidcConfig = (env: NodeJS.ProcessEnv) => loadOidcClientConfig(env, 'staff');
