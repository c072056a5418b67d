import { useState } from 'preact/hooks';
import type { ResponseOf } from '../../../domain/api';
import type { Profile } from '../../../domain/profile';
import { apiFetch, ApiRequestError } from '../../api/api-client';
import { saidRefusal } from '../../api/api-error-text';
import { ErrorSummary } from '../../components/ErrorSummary/ErrorSummary';
import { ErrorMessage, FormGroup } from '../../components/Field/FormGroup';
import { NotificationBanner } from '../../components/NotificationBanner/NotificationBanner';
import { SummaryList } from '../../components/SummaryList/SummaryList';
import { language, useT } from '../../i18n/i18n';
import { useSaid } from '../../i18n/use-said';
import { currentUser } from '../../session/session';

/** The profile fields BundID confirmed for the signed-in person (shown, not edited, in the profile). */
export function verifiedFields(): ReadonlySet<string> {
  return new Set(currentUser.value?.identity?.verifiedFields ?? []);
}

/**
 * BundID in the profile: the fields BundID confirmed, shown as such (they change only with a new
 * BundID login; the server keeps them against any edit), and linking or unlinking. Linking starts
 * a BundID login from this password session (both proven at once); unlinking asks for the
 * password, so a session left open is not enough.
 */
export function BundIdSection({ profile }: { profile: Profile }) {
  const t = useT();
  const user = currentUser.value;
  const [password, setPassword] = useState('');
  // Kept as how to say it, so a language switch rewords a shown error.
  const [error, sayError] = useSaid();
  const [focusToken, setFocusToken] = useState(0);
  const [unlinked, setUnlinked] = useState(false);
  if (!user || user.role !== 'citizen') return null;

  const unlink = async (e: Event) => {
    e.preventDefault();
    try {
      const { user: next } = await apiFetch<ResponseOf<'auth.bundid.unlink'>>('/api/auth/bundid/unlink', { body: { password } });
      currentUser.value = next;
      setPassword('');
      sayError(undefined);
      setUnlinked(true);
    } catch (err) {
      // Kept as the refusal's code and worded at each render from our texts, so it follows a
      // language switch (the server's sentence stays in the language it was asked in). A wrong
      // password comes as the field's problem.
      const wrongPassword = err instanceof ApiRequestError && (err.body.problems ?? []).some((p) => p.field === 'password' && p.code === 'wrong');
      sayError(wrongPassword ? (t) => t('profile:bundid.errors.wrong_password') : saidRefusal(err, (code) => [`profile:bundid.errors.${code}`], 'profile:bundid.unlinkFailed'));
      setFocusToken((n) => n + 1);
    }
  };

  const identity = user.identity;
  return (
    <section aria-labelledby="profile-bundid-heading">
      {error ? <ErrorSummary errors={[{ href: '#field-unlink-password', text: error }]} focusToken={focusToken} /> : null}
      {unlinked ? (
        <NotificationBanner id="bundid-unlinked" kind="success" title={t('profile:bundid.unlinked')}>
          <p>{t('profile:bundid.unlinkedText')}</p>
        </NotificationBanner>
      ) : null}
      <h2 class="heading-m" id="profile-bundid-heading">
        BundID
      </h2>
      {identity ? (
        <>
          <p>{t('bundid:verifiedHint')}</p>
          <SummaryList
            rows={[
              ...identity.verifiedFields.map((field) => ({
                key: field,
                label: t(`profile:fields.${field}.label`),
                value: `${String(profile[field] ?? '')} (${t('bundid:verified')})`,
              })),
              { key: 'trustLevel', label: t('profile:bundid.trustLevel'), value: t(`bundid:levels.${identity.trustLevel}`) },
            ]}
          />
          {user.email ? (
            <form onSubmit={unlink} noValidate>
              <p>{t('profile:bundid.unlinkText')}</p>
              <FormGroup error={error}>
                <label class="label" for="field-unlink-password">
                  {t('profile:bundid.password')}
                </label>
                <ErrorMessage id="field-unlink-password-error" text={error} />
                <input
                  class={`input${error ? ' input--error' : ''}`}
                  id="field-unlink-password"
                  type="password"
                  autocomplete="current-password"
                  value={password}
                  aria-describedby={error ? 'field-unlink-password-error' : undefined}
                  onInput={(e) => setPassword(e.currentTarget.value)}
                />
              </FormGroup>
              <button type="submit" class="button button--secondary">
                {t('profile:bundid.unlink')}
              </button>
            </form>
          ) : (
            <p>{t('profile:bundid.onlyBundId')}</p>
          )}
        </>
      ) : (
        <>
          <p>{t('profile:bundid.linkText')}</p>
          {user.login ? null : (
            <p>
              {/* A whole-page load, not a link: the router would take a same-origin link click for itself (see BundIdLogin). */}
              <button type="button" class="button button--secondary" onClick={() => location.assign(`/api/auth/bundid/start?${new URLSearchParams({ verknuepfen: '1', weiter: '/profil', lng: language.value })}`)}>
                {t('profile:bundid.link')}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}
