export { bundIdRoutes, AFTER_LOGOUT_PATH, CALLBACK_PATH, type BundIdRouteOptions } from './bundid-routes';
export { loadOidcConfig, type OidcConfig } from './oidc-config';
export { RelyingParty } from './relying-party';
