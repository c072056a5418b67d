export { loadStaffOidcConfig, type StaffOidcConfig } from './staff-oidc-config';
export { StaffRelyingParty } from './staff-relying-party';
export { staffLoginRoutes, STAFF_CALLBACK_PATH, type StaffLoginOptions } from './staff-login-routes';
