export { checkNewPassword, mailLanguage, passwordRoutes, sendResetMail, RESET_MINUTES, type PasswordRouteOptions } from './password-routes';
export { issueToken, useToken, type TokenPurpose } from './one-time-tokens';
