import { useLocation } from 'preact-iso';
import { useRef } from 'preact/hooks';
import { flashMessage } from '../../app/flash-message';
import { usePageTitle } from '../../app/page-title';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { pendingRequestIds } from '../../data/sync-state';
import { useT } from '../../i18n/i18n';
import { currentUser, logout } from '../../session/session';
import { homePathFor } from '../../session/user';

/**
 * Asked before logging out while requests are still only on this device: logging out deletes
 * the device's copy, so they would be lost. The count is live — if the connection comes back
 * while the page is open, it drops to 0 and the warning turns into a plain question.
 */
export function LogoutPage() {
  const t = useT();
  const { route } = useLocation();
  const busy = useRef(false);
  const user = currentUser.value;
  const unsent = pendingRequestIds.value.length;
  const title = t(unsent > 0 ? 'account:logout.warningTitle' : 'account:logout.title');
  usePageTitle(title);

  if (!user) {
    return (
      <>
        <PageHeading>{t('account:logout.doneTitle')}</PageHeading>
        <p>
          <a href="/anmelden">{t('common:header.login')}</a>
        </p>
      </>
    );
  }

  const confirm = async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      await logout();
      flashMessage.value = 'common:logout.done';
      route('/');
    } finally {
      busy.current = false;
    }
  };

  return (
    <>
      <PageHeading>{title}</PageHeading>
      {unsent > 0 ? (
        <div class="warning-text">
          <span class="warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="warning-text__text">
            <span class="visually-hidden">{t('account:logout.warningPrefix')} </span>
            {t('account:logout.warning', { count: unsent })}
          </strong>
        </div>
      ) : (
        <p>{t('account:logout.question')}</p>
      )}
      {unsent > 0 ? <p>{t('account:logout.advice')}</p> : null}
      <div class="button-group">
        <button type="button" class={unsent > 0 ? 'button button--warning' : 'button'} onClick={confirm}>
          {t(unsent > 0 ? 'account:logout.anyway' : 'account:logout.confirm')}
        </button>
        <a class="button button--secondary" href={homePathFor(user)}>
          {t('account:logout.stay')}
        </a>
      </div>
    </>
  );
}
