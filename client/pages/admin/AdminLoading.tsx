import { useT } from '../../i18n/i18n';

/** Stands where an admin page's data will be: "loading", or that the server could not be reached. */
export function AdminLoading({ failed }: { failed: boolean }) {
  const t = useT();
  return failed ? <p class="inset-text">{t('admin:loadFailed')}</p> : <p class="loading">{t('common:loading')}</p>;
}
