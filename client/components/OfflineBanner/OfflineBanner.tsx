import { connected, syncActive } from '../../data/sync-state';
import { useT } from '../../i18n/i18n';
import { NotificationBanner } from '../NotificationBanner/NotificationBanner';

/**
 * Says plainly that this device is offline and what that means. The live region (polite) is
 * rendered once by the layout and outlives page changes, so the banner is announced when the
 * connection drops, not again on every page the citizen opens while offline; a banner already
 * there when a page loads is read with the page, not announced.
 */
export function OfflineBanner() {
  const t = useT();
  const offline = !connected.value;
  return (
    <div class="offline-banner" aria-live="polite">
      {offline ? (
        <NotificationBanner id="offline-banner-title" title={t('common:offline.title')}>
          <p class="notification-banner__heading">{t('common:offline.heading')}</p>
          <p>{t(syncActive.value ? 'common:offline.kept' : 'common:offline.browse')}</p>
        </NotificationBanner>
      ) : null}
    </div>
  );
}
