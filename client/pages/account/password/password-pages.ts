export { ForgotPasswordPage } from './ForgotPasswordPage';
export { NewPasswordPage } from './NewPasswordPage';
export { SetPasswordPage } from './SetPasswordPage';
export { ChangePasswordPage } from './ChangePasswordPage';
