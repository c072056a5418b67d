import { useEffect, useState } from 'preact/hooks';
import { apiFetch, ApiRequestError } from '../../../api/api-client';
import { saidFailure } from '../../../api/api-error-text';
import { usePageTitle } from '../../../app/page-title';
import { PageHeading } from '../../../components/PageHeading/PageHeading';
import { Loading } from '../../../components/Loading/Loading';
import { useT, type Said } from '../../../i18n/i18n';
import { refreshStanding } from '../../../session/account-standing';
import { currentUser } from '../../../session/session';
import type { ResponseOf } from '../../../../domain/api';

type State = 'working' | 'done' | 'invalid' | { error: Said };

/**
 * The page the confirmation mail links to. The token comes in the fragment (`#…`), never sent
 * to a server by the browser; the page sends it once, by itself: the person came here to confirm.
 * Works without being signed in (the mail may be opened on another device).
 */
export function ConfirmEmailPage() {
  const t = useT();
  const [token] = useState(() => (typeof location === 'undefined' ? '' : decodeURIComponent(location.hash.slice(1))));
  const [state, setState] = useState<State>(token ? 'working' : 'invalid');
  const title = state === 'done' ? t('email:confirm.done') : t('email:confirm.title');
  usePageTitle(state === 'working' ? null : title, typeof state === 'object');

  useEffect(() => {
    if (!token) return;
    apiFetch<ResponseOf<'auth.confirmEmail'>>('/api/auth/email/confirm', { body: { token } })
      .then(async () => {
        // The fragment has done its work: a reload or a shared screenshot shows no token.
        history.replaceState(history.state, '', location.pathname);
        if (currentUser.value) await refreshStanding().catch(() => undefined);
        setState('done');
      })
      .catch((error: unknown) => {
        if (error instanceof ApiRequestError && error.body.error === 'invalid_token') setState('invalid');
        else setState({ error: saidFailure(error) });
      });
  }, [token]);

  if (state === 'working') return <Loading />;
  if (state === 'done') {
    return (
      <>
        <div class="panel">
          <PageHeading>{title}</PageHeading>
          <div class="panel__body">{t('email:confirm.doneLead')}</div>
        </div>
        <p>
          <a href={currentUser.value ? '/meine-antraege' : '/anmelden'}>{currentUser.value ? t('email:confirm.toRequests') : t('email:confirm.toLogin')}</a>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p>{state === 'invalid' ? t('email:confirm.invalid') : state.error(t)}</p>
      <p>{t('email:confirm.invalidLead')}</p>
      <p>
        <a href={currentUser.value ? '/meine-antraege' : '/anmelden'}>{currentUser.value ? t('email:confirm.toRequests') : t('email:confirm.toLogin')}</a>
      </p>
    </>
  );
}
