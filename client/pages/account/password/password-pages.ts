export { ForgotPasswordPage } from './ForgotPasswordPage';
export { NewPasswordPage } from './NewPasswordPage';
export { ChangePasswordPage } from './ChangePasswordPage';
