import { useLocation } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { apiFetch } from '../../api/api-client';
import { describeApiFailure } from '../../api/api-error-text';
import { flashMessage } from '../../app/flash-message';
import { usePageTitle } from '../../app/page-title';
import { ErrorSummary } from '../../components/ErrorSummary/ErrorSummary';
import { ErrorMessage, FormGroup } from '../../components/Field/FormGroup';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { countUnsentRequests, stopUserData } from '../../data/user-data';
import { useT } from '../../i18n/i18n';
import { currentUser, logout } from '../../session/session';
import { useFormErrors } from '../../components/ErrorSummary/use-form-errors';

/** A problem about no field (the server, the connection) links to the button that tries again. */
const WHOLE_FORM = 'submit';

/**
 * Deleting the account: a page of its own with a tick to confirm (GOV.UK: destructive actions
 * ask once, plainly). The server deletes everything first; then the device is wiped as at logout.
 */
export function DeleteAccountPage() {
  const t = useT();
  const { route } = useLocation();
  const [confirmed, setConfirmed] = useState(false);
  // Every field problem is the tick's (the only field); one about the whole form links to the button.
  const errors = useFormErrors((field) => (field === WHOLE_FORM ? 'delete-submit' : 'field-confirm'), WHOLE_FORM);
  const [busy, setBusy] = useState(false);
  const [unsent, setUnsent] = useState(0);
  usePageTitle(t('profile:delete.title'), errors.problems.length > 0);
  useEffect(() => {
    void countUnsentRequests().then((n) => setUnsent(n ?? 0));
  }, []);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!confirmed) return errors.show((t) => [{ field: 'confirm', text: t('profile:delete.errors.confirm') }]);
    setBusy(true);
    try {
      const userId = currentUser.value?.id;
      await apiFetch('/api/profile/delete-account', { body: { confirm: true } });
      // The replication may meet the ended session first and close the database "for the next
      // login"; naming the user makes sure it is deleted from the device all the same.
      await stopUserData({ removeData: true, userId });
      await logout();
      flashMessage.value = 'profile:delete.done';
      route('/');
    } catch (error) {
      errors.show((t) => {
        const found = describeApiFailure(t, error);
        return found[0]?.text === t('common:apiErrors.offline') ? [{ text: t('profile:delete.offline') }] : found;
      });
    } finally {
      setBusy(false);
    }
  };

  const error = errors.at('confirm');
  return (
    <>
      <ErrorSummary errors={errors.summary} focusToken={errors.focusToken} />
      <PageHeading>{t('profile:delete.title')}</PageHeading>
      <div class="inset-text inset-text--error">
        <p>{t('profile:delete.warning')}</p>
        {unsent > 0 ? <p>{t('profile:delete.unsent')}</p> : null}
      </div>
      <p>
        {t('profile:delete.exportFirst')}{' '}
        <a href="/api/profile/export" download="buergerportal-werne-meine-daten.json">
          {t('profile:data.export')}
        </a>
      </p>
      <form onSubmit={submit} noValidate>
        <FormGroup error={error}>
          <ErrorMessage id="field-confirm-error" text={error} />
          <div class="checkboxes">
            <div class="checkboxes__item">
              <input
                class="checkboxes__input"
                id="field-confirm"
                type="checkbox"
                checked={confirmed}
                aria-describedby={error ? 'field-confirm-error' : undefined}
                onChange={(e) => setConfirmed(e.currentTarget.checked)}
              />
              <label class="checkboxes__label" for="field-confirm">
                {t('profile:delete.confirm')}
              </label>
            </div>
          </div>
        </FormGroup>
        <div class="button-group">
          <button type="submit" class="button button--warning" id="delete-submit" disabled={busy}>
            {t('profile:delete.submit')}
          </button>
          <a href="/profil">{t('profile:delete.cancel')}</a>
        </div>
      </form>
    </>
  );
}
