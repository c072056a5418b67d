import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { apiFetch, ApiRequestError } from '../../../api/api-client';
import { describeApiFailure } from '../../../api/api-error-text';
import { flashMessage } from '../../../app/flash-message';
import { usePageTitle } from '../../../app/page-title';
import { ErrorSummary } from '../../../components/ErrorSummary/ErrorSummary';
import { PlainTextField } from '../../../components/Field/PlainTextField';
import { PageHeading } from '../../../components/PageHeading/PageHeading';
import { useT } from '../../../i18n/i18n';
import { useFormErrors } from '../../../components/ErrorSummary/use-form-errors';

const idOf = (field: string) => `reset-${field}`;

/** The two mails with a link to choose a password: the reset ("Passwort vergessen") and a staff invitation. */
const KINDS = {
  reset: { texts: 'password:reset', endpoint: '/api/auth/password/reset' },
  invitation: { texts: 'password:invitation', endpoint: '/api/auth/password/invitation' },
} as const;

/**
 * The page the reset mail (`/passwort-neu`) or an invitation (`/zugang-einrichten`) links to. The
 * token comes in the address's fragment (`#…`), which the browser never sends to a server: it is
 * in no log and no Referer.
 */
export function NewPasswordPage({ kind = 'reset' }: { kind?: keyof typeof KINDS }) {
  const { texts, endpoint } = KINDS[kind];
  const t = useT();
  const { route } = useLocation();
  const [token] = useState(() => (typeof location === 'undefined' ? '' : decodeURIComponent(location.hash.slice(1))));
  const [password, setPassword] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(idOf, 'password');
  usePageTitle(t(`${texts}.title`), errors.problems.length > 0);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      await apiFetch(endpoint, { body: { token, password } });
      flashMessage.value = `${texts}.done`;
      route('/anmelden');
    } catch (error) {
      if (error instanceof ApiRequestError && error.body.error === 'invalid_token') setInvalid(true);
      else errors.show((t) => describeApiFailure(t, error));
    } finally {
      setBusy(false);
    }
  };

  if (invalid || !token) {
    return (
      <>
        <PageHeading>{t(`${texts}.title`)}</PageHeading>
        <p>{t(`${texts}.invalid`)}</p>
        {kind === 'invitation' ? <p>{t('password:invitation.help')}</p> : null}
        <p>
          <a href="/passwort-vergessen">{t('password:reset.newLink')}</a>
        </p>
      </>
    );
  }
  return (
    <>
      <ErrorSummary errors={errors.summary} focusToken={errors.focusToken} />
      <PageHeading>{t(`${texts}.title`)}</PageHeading>
      <p>{t(`${texts}.lead`)}</p>
      <form noValidate onSubmit={submit}>
        <PlainTextField
          id={idOf('password')}
          name="password"
          type="password"
          autoComplete="new-password"
          label={t('password:change.new')}
          hint={t('account:register.passwordHint')}
          error={errors.at('password')}
          value={password}
          onInput={setPassword}
        />
        <button type="submit" class="button" disabled={busy}>
          {t(`${texts}.submit`)}
        </button>
      </form>
    </>
  );
}
