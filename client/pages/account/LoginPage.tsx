import { useLocation } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { describeApiFailure } from '../../api/api-error-text';
import { takeFlashMessage } from '../../app/flash-message';
import { usePageTitle } from '../../app/page-title';
import { ErrorSummary } from '../../components/ErrorSummary/ErrorSummary';
import { PlainTextField } from '../../components/Field/PlainTextField';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { useT } from '../../i18n/i18n';
import { login, safeReturnPath, sessionExpired } from '../../session/session';
import { homePathFor } from '../../session/user';
import { useFormErrors } from '../../components/ErrorSummary/use-form-errors';
import { BundIdLogin } from './bundid/BundIdLogin';
import { isTrustLevel } from '../../../domain/account/trust-level';

const idOf = (field: string) => `login-${field}`;

/**
 * Login. Checks happen on the server (it must check anyway, and logging in needs it): its
 * problems are shown GOV.UK-style. Afterwards: back to where the person wanted to go, else
 * citizens to "Meine Anträge", clerks to their inbox.
 */
export function LoginPage({ query }: { query: Record<string, string> }) {
  const t = useT();
  const { route } = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [flash] = useState(takeFlashMessage);
  const errors = useFormErrors(idOf, 'email');
  usePageTitle(t('account:login.title'), errors.problems.length > 0);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const user = await login(email.trim(), password);
      route(safeReturnPath(query.weiter) ?? homePathFor(user));
    } catch (error) {
      errors.show((t) => describeApiFailure(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary errors={errors.summary} focusToken={errors.focusToken} />
      <PageHeading>{t('account:login.title')}</PageHeading>
      {flash ? <p class="inset-text">{t(flash)}</p> : null}
      {sessionExpired.value ? <p class="inset-text">{t('account:login.expired')}</p> : null}
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
        <PlainTextField
          id={idOf('password')}
          name="password"
          type="password"
          autoComplete="current-password"
          label={t('account:fields.password')}
          error={errors.at('password')}
          value={password}
          onInput={setPassword}
        />
        <button type="submit" class="button">
          {t('account:login.submit')}
        </button>
      </form>
      <BundIdLogin weiter={safeReturnPath(query.weiter)} niveau={isTrustLevel(query.niveau) ? query.niveau : undefined} />
      <LazyStaffLogin />
      <p>
        <a href="/passwort-vergessen">{t('password:forgot.loginLink')}</a>
      </p>
      <p>
        {t('account:login.noAccount')} <a href="/registrieren">{t('account:login.registerLink')}</a>
      </p>
    </>
  );
}

/** The staff login button, loaded after the page: most visitors are citizens, and the first bundle has a size budget. */
function LazyStaffLogin() {
  const [StaffLogin, setStaffLogin] = useState<(() => JSX.Element | null) | null>(null);
  useEffect(() => {
    void import(/* webpackChunkName: "staff-login" */ './StaffLogin').then((m) => setStaffLogin(() => m.StaffLogin));
  }, []);
  return StaffLogin ? <StaffLogin /> : null;
}
