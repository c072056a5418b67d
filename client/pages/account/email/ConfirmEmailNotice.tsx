import { useState } from 'preact/hooks';
import { apiFetch } from '../../../api/api-client';
import { saidFailure } from '../../../api/api-error-text';
import { NotificationBanner } from '../../../components/NotificationBanner/NotificationBanner';
import { useT, type Said } from '../../../i18n/i18n';
import { awaitsConfirmation } from '../../../session/account-standing';
import { currentUser } from '../../../session/session';

/**
 * GOV.UK "check your email": why sending waits (the address is not confirmed yet), where the
 * link went, and a way to have it sent again. Drafts go on meanwhile. `held` says the citizen
 * just pressed "Absenden": then it also says that the request is kept as a draft.
 */
export function ConfirmEmailNotice({ held = false }: { held?: boolean }) {
  const t = useT();
  const user = currentUser.value;
  const [state, setState] = useState<'idle' | 'busy' | 'sent' | { error: Said }>('idle');
  if (!user || !awaitsConfirmation(user)) return null;

  const resend = async () => {
    setState('busy');
    try {
      await apiFetch('/api/auth/email/resend', { body: {} });
      setState('sent');
    } catch (error) {
      setState({ error: saidFailure(error) });
    }
  };

  return (
    <NotificationBanner id="confirm-email-title" title={t('email:check.title')}>
      {held ? <p><strong>{t('email:check.held')}</strong></p> : null}
      <p>{t('email:check.lead', { address: user.email })}</p>
      <p>{t('email:check.drafts')}</p>
      <p>{t('email:check.notArrived')}</p>
      <p role="status">
        {state === 'sent' ? t('email:check.resent', { address: user.email }) : typeof state === 'object' ? state.error(t) : ''}
      </p>
      <button type="button" class="button button--secondary" disabled={state === 'busy'} onClick={() => void resend()}>
        {t('email:check.resend')}
      </button>
    </NotificationBanner>
  );
}
