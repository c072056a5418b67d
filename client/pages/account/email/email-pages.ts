export { ConfirmEmailPage } from './ConfirmEmailPage';
export { ChangeEmailPage } from './ChangeEmailPage';
