import { useState } from 'preact/hooks';
import { apiFetch } from '../../../api/api-client';
import { describeApiFailure } from '../../../api/api-error-text';
import { usePageTitle } from '../../../app/page-title';
import { ErrorSummary } from '../../../components/ErrorSummary/ErrorSummary';
import { PlainTextField } from '../../../components/Field/PlainTextField';
import { NotificationBanner } from '../../../components/NotificationBanner/NotificationBanner';
import { PageHeading } from '../../../components/PageHeading/PageHeading';
import { useT } from '../../../i18n/i18n';
import { refreshStanding } from '../../../session/account-standing';
import { currentUser } from '../../../session/session';
import { useFormErrors } from '../../../components/ErrorSummary/use-form-errors';

const idOf = (field: string) => `email-${field}`;

/**
 * Changing the address in the profile: the new one gets a link, the old one stays in use (and
 * gets a notice) until the link is opened. The current password first, as for the password.
 */
export function ChangeEmailPage() {
  const t = useT();
  const [email, setEmail] = useState('');
  const [currentPassword, setCurrent] = useState('');
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | undefined>(undefined);
  const errors = useFormErrors(idOf, 'email');
  usePageTitle(t('email:change.title'), errors.problems.length > 0);
  const user = currentUser.value;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      await apiFetch('/api/auth/email/change', { body: { email, currentPassword } });
      setSentTo(email.trim());
      setCurrent('');
      errors.clear();
      await refreshStanding().catch(() => undefined);
    } catch (error) {
      errors.show((t) => describeApiFailure(t, error));
    } finally {
      setBusy(false);
    }
  };

  const pending = sentTo ?? user?.pendingEmail;
  return (
    <>
      <ErrorSummary errors={errors.summary} focusToken={errors.focusToken} />
      {pending ? (
        <NotificationBanner id="email-pending-title" title={t('email:change.pendingTitle')} kind={sentTo ? 'success' : 'info'}>
          <p role="status">{t('email:change.sent', { address: pending })}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading>{t('email:change.title')}</PageHeading>
      <p>{t('email:change.current', { address: user?.email ?? '' })}</p>
      <p>{t('email:change.lead')}</p>
      <form noValidate onSubmit={submit}>
        <PlainTextField
          id={idOf('email')}
          name="email"
          type="email"
          autoComplete="email"
          label={t('email:change.newEmail')}
          error={errors.at('email')}
          value={email}
          onInput={setEmail}
        />
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
        <button type="submit" class="button" disabled={busy}>
          {t('email:change.submit')}
        </button>
      </form>
      <p>
        <a href="/profil">{t('email:change.back')}</a>
      </p>
    </>
  );
}
