import { databaseFailed } from '../../data/user-data';
import { useT } from '../../i18n/i18n';

/**
 * Shown while the device's database opens (a moment after first paint). If it cannot open —
 * storage blocked by browser settings — says so instead of loading forever.
 */
export function Loading() {
  const t = useT();
  if (databaseFailed.value) {
    return (
      <div class="inset-text" role="alert">
        <p>{t('common:database.failed')}</p>
      </div>
    );
  }
  return <p class="loading">{t('common:loading')}</p>;
}
