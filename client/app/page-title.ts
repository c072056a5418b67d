import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { language, t } from '../i18n/i18n';

/** "<Page> – Bürgerportal Werne", with GOV.UK's "Fehler: " prefix while the page shows errors. */
export function pageTitle(page: string, hasErrors: boolean): string {
  const prefix = hasErrors ? `${t('common:errorPrefix')} ` : '';
  return `${prefix}${page} – ${t('common:siteTitle')}`;
}

/**
 * Sets document.title for the page; the title is the first thing a screen reader says on arrival.
 * `null` leaves the title to a child that renders instead (effects run child-first, so a parent
 * setting its own title would overwrite the child's).
 */
export function usePageTitle(page: string | null, hasErrors = false): void {
  const lng = language.value;
  // Effects do not run when prerendering: the title is taken here, the innermost page's last.
  if (typeof window === 'undefined' && page !== null) prerenderedTitle.value = pageTitle(page, hasErrors);
  useEffect(() => {
    if (page !== null) document.title = pageTitle(page, hasErrors);
  }, [page, hasErrors, lng]);
}

/** The title the page being prerendered asked for (client/build/prerender/). */
export const prerenderedTitle = signal('');
