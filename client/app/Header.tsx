import { useLocation } from 'preact-iso';
import { worksCases } from '../../domain/staff/roles';
import { useState } from 'preact/hooks';
import { countUnsentRequests } from '../data/user-data';
import { useT } from '../i18n/i18n';
import { currentUser, logout } from '../session/session';
import { flashMessage } from './flash-message';
import { LanguageSwitch } from './LanguageSwitch';
import { SyncStatus } from './SyncStatus';
import { useFoldingMenu } from './folding-menu';
import { namespaceReady } from '../i18n/namespace-texts';
import '../city/city.css';
import { CITY } from '../city/city';

/** Logs out at once when nothing is unsent; otherwise the warning page asks first. */
function useLogout(): { busy: boolean; start(): Promise<void> } {
  const { route } = useLocation();
  const [busy, setBusy] = useState(false);
  return {
    busy,
    async start() {
      setBusy(true);
      try {
        const user = currentUser.value;
        const unsent = user?.role === 'citizen' ? await countUnsentRequests() : 0;
        if (unsent !== 0) {
          route('/abmelden');
          return;
        }
        await logout();
        flashMessage.value = 'common:logout.done';
        route('/');
      } finally {
        setBusy(false);
      }
    },
  };
}

export function Header() {
  const t = useT();
  const user = currentUser.value;
  const { busy, start } = useLogout();
  const menu = useFoldingMenu();
  return (
    <header class="header">
      <div class="header__bar">
        <div class="width-container header__container">
          <a class="header__title" href="/">
            {/* Decorative: the name beside it says whose portal this is. */}
            {CITY.emblemHref ? <img class="header__emblem" src={CITY.emblemHref} alt="" /> : null}
            {t('common:header.title')}
          </a>
          {/* Shown on a phone only, by the style sheet (folding-menu.ts): prerendered as it is hydrated. */}
          <button type="button" class="header__menu-button" aria-controls="header-menu" {...menu.buttonProps}>
            {t('common:header.menu')}
          </button>
          <nav class={menu.open ? 'header__nav header__nav--open' : 'header__nav'} aria-label={t('common:header.navLabel')}>
            <ul class="header__nav-list" id="header-menu" {...menu.listProps}>
              {user?.role === 'citizen' ? (
                <>
                  <li>
                    <a href="/mein-bereich">{t('common:header.myArea')}</a>
                  </li>
                  <li>
                    <a href="/meine-antraege">{t('common:header.myRequests')}</a>
                  </li>
                </>
              ) : null}
              {user?.role !== 'clerk' ? (
                <li>
                  <a href="/abfallkalender">{t('common:header.wasteCalendar')}</a>
                </li>
              ) : null}
              {user && worksCases(user.role) ? (
                <li>
                  <a href="/sachbearbeitung">{t('common:header.inbox')}</a>
                </li>
              ) : null}
              {/* Its text lives in the lazy `kasse` namespace (common.json is shared): shown once loaded. */}
              {user?.role === 'treasury' && namespaceReady('kasse') ? (
                <li>
                  <a href="/kasse">{t('kasse:nav')}</a>
                </li>
              ) : null}
              {user?.role === 'admin' ? (
                <li>
                  <a href="/verwaltung">{t('common:header.admin')}</a>
                </li>
              ) : null}
              {user ? (
                <li>
                  <button type="button" class="header__logout" onClick={start} disabled={busy}>
                    {t('common:header.logout')}
                  </button>
                </li>
              ) : (
                <>
                  <li>
                    <a href="/anmelden">{t('common:header.login')}</a>
                  </li>
                  <li>
                    <a href="/registrieren">{t('common:header.register')}</a>
                  </li>
                </>
              )}
            </ul>
          </nav>
        </div>
      </div>
      <div class="width-container header__tools">
        <SyncStatus />
        <LanguageSwitch />
      </div>
    </header>
  );
}
