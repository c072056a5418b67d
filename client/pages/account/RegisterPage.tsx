import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { checkAccountFields } from '../../../domain/account/account-rules';
import { ApiRequestError } from '../../api/api-client';
import { describeApiFailure, fieldProblemText } from '../../api/api-error-text';
import { usePageTitle } from '../../app/page-title';
import { ErrorSummary } from '../../components/ErrorSummary/ErrorSummary';
import { PlainTextField } from '../../components/Field/PlainTextField';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { namespaceReady } from '../../i18n/namespace-texts';
import { useT } from '../../i18n/i18n';
import { register } from '../../session/session';
import { homePathFor } from '../../session/user';
import { useFormErrors } from '../../components/ErrorSummary/use-form-errors';

const idOf = (field: string) => `register-${field}`;

/** Registration: name, e-mail, password (the same rules on the device and the server, explained in the hints). */
export function RegisterPage() {
  const t = useT();
  const { route } = useLocation();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(idOf, 'email');
  usePageTitle(t('account:register.title'), errors.problems.length > 0);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    // Checked here first, so a slip is named at once, even offline; the server checks again.
    const local = checkAccountFields({ name, email, password });
    if (local.length) {
      errors.show((t) => local.map((p) => ({ field: p.field, text: fieldProblemText(t, p.field, p.code) })));
      return;
    }
    setBusy(true);
    try {
      const user = await register(email.trim(), password, name.trim());
      route(homePathFor(user));
    } catch (error) {
      // Only the login after registering can fail this way: the address already had an account.
      const known = error instanceof ApiRequestError && error.body.error === 'invalid_credentials';
      errors.show((t) => (known ? [{ field: 'email', text: t('account:register.existingAccount') }] : describeApiFailure(t, error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary errors={errors.summary} focusToken={errors.focusToken} />
      <PageHeading>{t('account:register.title')}</PageHeading>
      <p>{t('account:register.lead')}</p>
      <form noValidate onSubmit={submit}>
        <PlainTextField
          id={idOf('name')}
          name="name"
          autoComplete="name"
          label={t('account:fields.name')}
          error={errors.at('name')}
          value={name}
          onInput={setName}
        />
        <PlainTextField
          id={idOf('email')}
          name="email"
          type="email"
          autoComplete="email"
          label={t('account:fields.email')}
          hint={t('account:register.emailHint')}
          error={errors.at('email')}
          value={email}
          onInput={setEmail}
        />
        <PlainTextField
          id={idOf('password')}
          name="password"
          type="password"
          autoComplete="new-password"
          label={t('account:fields.newPassword')}
          hint={t('account:register.passwordHint')}
          error={errors.at('password')}
          value={password}
          onInput={setPassword}
        />
        {/* Its text lives in the lazy `legal` namespace (the first download stays in budget): shown once loaded. */}
        {namespaceReady('legal') ? (
          <p id="register-privacy">
            {t('legal:register.privacy')} <a href="/datenschutz">{t('legal:register.privacyLink')}</a>.
          </p>
        ) : null}
        <button type="submit" class="button">
          {t('account:register.submit')}
        </button>
      </form>
      <p>
        {t('account:register.haveAccount')} <a href="/anmelden">{t('account:register.loginLink')}</a>
      </p>
    </>
  );
}
