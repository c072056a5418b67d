import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { apiFetch } from '../../../api/api-client';
import { describeApiFailure } from '../../../api/api-error-text';
import { flashMessage } from '../../../app/flash-message';
import { usePageTitle } from '../../../app/page-title';
import { ErrorSummary } from '../../../components/ErrorSummary/ErrorSummary';
import { PlainTextField } from '../../../components/Field/PlainTextField';
import { PageHeading } from '../../../components/PageHeading/PageHeading';
import { useT } from '../../../i18n/i18n';
import { useFormErrors } from '../../../components/ErrorSummary/use-form-errors';

const idOf = (field: string) => `change-${field}`;

/** Changing the password in the profile: the current one first (a borrowed, unlocked device is not enough). */
export function ChangePasswordPage() {
  const t = useT();
  const { route } = useLocation();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(idOf, 'currentPassword');
  usePageTitle(t('password:change.title'), errors.problems.length > 0);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      await apiFetch('/api/auth/password/change', { body: { currentPassword, newPassword } });
      flashMessage.value = 'password:change.done';
      route('/profil');
    } catch (error) {
      errors.show((t) => describeApiFailure(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary errors={errors.summary} focusToken={errors.focusToken} />
      <PageHeading>{t('password:change.title')}</PageHeading>
      <form noValidate onSubmit={submit}>
        <PlainTextField
          id={idOf('currentPassword')}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          label={t('password:change.current')}
          error={errors.at('currentPassword')}
          value={currentPassword}
          onInput={setCurrent}
        />
        <PlainTextField
          id={idOf('newPassword')}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          label={t('password:change.new')}
          hint={t('account:register.passwordHint')}
          error={errors.at('newPassword')}
          value={newPassword}
          onInput={setNew}
        />
        <button type="submit" class="button" disabled={busy}>
          {t('password:change.submit')}
        </button>
        <p>
          <a href="/passwort-vergessen">{t('password:forgot.loginLink')}</a>
        </p>
      </form>
    </>
  );
}
