export { emailRoutes } from './email-routes';
export { sendConfirmationMail, CONFIRM_HOURS, type ConfirmationMailDeps } from './confirmation-mail';
export { markEmailConfirmed } from './account-email';
