import './Footer.css';
import { useT } from '../i18n/i18n';

/**
 * The site footer. The accessibility statement, the barrier report, the Leichte Sprache and the
 * sign-language pages must be reachable from every page (§ 10b BGG NRW, BITV 2.0 § 4), so their
 * links are here, with core texts that are there from the first paint.
 */
export function Footer() {
  const t = useT();
  return (
    <footer class="footer">
      <div class="width-container">
        <nav aria-label={t('common:footer.linksLabel')}>
          <ul class="footer__links">
            <li>
              <a href="/barrierefreiheit">{t('common:footer.accessibility')}</a>
            </li>
            <li>
              <a href="/barriere-melden">{t('common:footer.reportBarrier')}</a>
            </li>
            <li>
              <a href="/leichte-sprache">{t('common:footer.easyLanguage')}</a>
            </li>
            <li>
              <a href="/gebaerdensprache">{t('common:footer.signLanguage')}</a>
            </li>
          </ul>
        </nav>
        <p>{t('common:footer.text')}</p>
        <p>{t('common:footer.licence')}</p>
      </div>
    </footer>
  );
}
