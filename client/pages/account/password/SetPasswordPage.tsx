import { NewPasswordPage } from './NewPasswordPage';

/** `/zugang-einrichten`: the page a staff invitation links to, where the invited person chooses the first password. */
export function SetPasswordPage() {
  return <NewPasswordPage kind="invitation" />;
}
