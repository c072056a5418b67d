import { useState } from 'preact/hooks';
import { apiFetch } from '../../../api/api-client';
import { describeApiFailure } from '../../../api/api-error-text';
import { usePageTitle } from '../../../app/page-title';
import { ErrorSummary } from '../../../components/ErrorSummary/ErrorSummary';
import { PlainTextField } from '../../../components/Field/PlainTextField';
import { PageHeading } from '../../../components/PageHeading/PageHeading';
import { useT } from '../../../i18n/i18n';
import { useFormErrors } from '../../../components/ErrorSummary/use-form-errors';

const idOf = (field: string) => `forgot-${field}`;

/**
 * "Passwort vergessen" (GOV.UK: one question, then a page that says what happens next). The answer
 * is the same whether the address has an account or not, and so is this page.
 */
export function ForgotPasswordPage() {
  const t = useT();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(idOf, 'email');
  usePageTitle(t(sentTo ? 'password:sent.title' : 'password:forgot.title'), errors.problems.length > 0);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      await apiFetch('/api/auth/password/forgot', { body: { email: email.trim() } });
      errors.clear();
      setSentTo(email.trim());
    } catch (error) {
      errors.show((t) => describeApiFailure(t, error));
    } finally {
      setBusy(false);
    }
  };

  if (sentTo) {
    return (
      <>
        <PageHeading>{t('password:sent.title')}</PageHeading>
        <p>{t('password:sent.text', { address: sentTo })}</p>
        <p>{t('password:sent.noMail')}</p>
        <p>
          <a href="/passwort-vergessen" onClick={(e) => (e.preventDefault(), setSentTo(undefined))}>
            {t('password:sent.again')}
          </a>
        </p>
      </>
    );
  }
  return (
    <>
      <ErrorSummary errors={errors.summary} focusToken={errors.focusToken} />
      <PageHeading>{t('password:forgot.title')}</PageHeading>
      <p>{t('password:forgot.lead')}</p>
      <form noValidate onSubmit={submit}>
        <PlainTextField
          id={idOf('email')}
          name="email"
          type="email"
          autoComplete="username"
          label={t('account:fields.email')}
          error={errors.at('email')}
          value={email}
          onInput={setEmail}
        />
        <button type="submit" class="button" disabled={busy}>
          {t('password:forgot.submit')}
        </button>
      </form>
    </>
  );
}
