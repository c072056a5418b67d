import { useState } from 'preact/hooks';
import { NotificationBanner } from '../components/NotificationBanner/NotificationBanner';
import { flushWrites } from '../data/local-writes';
import { useT } from '../i18n/i18n';
import { applyUpdate, updateAvailable } from '../pwa/register-service-worker';

/**
 * "Neue Version verfügbar — Aktualisieren". Never reloads by itself: the citizen decides, and
 * everything typed is stored on the device before the new version takes over.
 */
export function UpdateNotice() {
  const t = useT();
  const [busy, setBusy] = useState(false);
  if (!updateAvailable.value) return null;
  const update = async () => {
    setBusy(true);
    try {
      await flushWrites();
      await applyUpdate();
    } finally {
      setBusy(false);
    }
  };
  return (
    <NotificationBanner id="update-notice-title" title={t('common:update.title')}>
      <p class="notification-banner__heading">{t('common:update.text')}</p>
      <button type="button" class="button button--secondary" onClick={update} disabled={busy}>
        {t('common:update.action')}
      </button>
    </NotificationBanner>
  );
}
