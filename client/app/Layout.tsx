import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import { localWriteFailed } from '../data/local-writes';
import { LazyEasyLanguageNotice } from '../easy-language/LazyEasyLanguageNotice';
import { useT } from '../i18n/i18n';
import { sessionExpired } from '../session/session';
import { Footer } from './Footer';
import { Header } from './Header';
import { OfflineBanner } from '../components/OfflineBanner/OfflineBanner';
import { UpdateNotice } from './UpdateNotice';
import { isStaffPath } from './staff-area';

/**
 * When the server ends the session (a 401, e.g. on sync), the login page is shown wherever the
 * citizen is; afterwards they come back to the same page. Their local data stays untouched.
 */
function useLoginOnExpiredSession(): void {
  const { url, path, route } = useLocation();
  const expired = sessionExpired.value;
  useEffect(() => {
    if (expired && path !== '/anmelden') route(`/anmelden?weiter=${encodeURIComponent(url)}`);
  }, [expired]);
}

export function Layout({ children }: { children: ComponentChildren }) {
  const t = useT();
  useLoginOnExpiredSession();
  const staff = isStaffPath(useLocation().path);
  return (
    <>
      {/* First focusable element: keyboard users jump past the header (WCAG 2.4.1). */}
      <a class="skip-link" href="#main-content">
        {t('common:skipLink')}
      </a>
      <Header />
      <div class={staff ? 'width-container width-container--staff' : 'width-container'}>
        <OfflineBanner />
        <UpdateNotice />
        <LazyEasyLanguageNotice />
        {localWriteFailed.value ? (
          <div class="inset-text inset-text--error" role="alert">
            <p>{t('common:writeFailed')}</p>
          </div>
        ) : null}
        {/* tabindex=-1 so the skip link moves focus here, not only the scroll position. */}
        <main class={staff ? 'main main--staff' : 'main'} id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <Footer />
    </>
  );
}
