import type { ComponentChildren } from 'preact';
import { useT } from '../i18n/i18n';
import { Header } from './Header';
import { UpdateNotice } from './UpdateNotice';

export function Layout({ children }: { children: ComponentChildren }) {
  const t = useT();
  return (
    <>
      {/* First focusable element: keyboard users jump past the header (WCAG 2.4.1). */}
      <a class="skip-link" href="#main-content">
        {t('common:skipLink')}
      </a>
      <Header />
      <div class="width-container">
        <UpdateNotice />
        {/* tabindex=-1 so the skip link moves focus here, not only the scroll position. */}
        <main class="main" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer class="footer">
        <div class="width-container">
          <p>{t('common:footer.text')}</p>
          <p>{t('common:footer.licence')}</p>
        </div>
      </footer>
    </>
  );
}
