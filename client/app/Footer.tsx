import './Footer.css';
import { localized } from '../../domain/catalogue/lookup';
import { CITY } from '../city/city';
import { language, useT } from '../i18n/i18n';

/**
 * The site footer. The accessibility statement, the barrier report, the Leichte Sprache and the
 * sign-language pages must be reachable from every page (§ 10b BGG NRW, BITV 2.0 § 4), and so
 * must the Impressum (§ 5 DDG: "leicht erkennbar, unmittelbar erreichbar") and the privacy
 * notice; their links are here, with core texts that are there from the first paint. The city's
 * address and its own links come from its configuration (domain/city).
 */
export function Footer() {
  const t = useT();
  const lng = language.value;
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
        <nav aria-label={t('common:footer.legalLabel')}>
          <ul class="footer__links">
            <li>
              <a href="/impressum">{t('common:footer.imprint')}</a>
            </li>
            <li>
              <a href="/datenschutz">{t('common:footer.privacy')}</a>
            </li>
            {CITY.footerLinks.map((link) => (
              <li key={link.href}>
                <a href={link.href}>{localized(link.label, lng)}</a>
              </li>
            ))}
          </ul>
        </nav>
        <p>{t('common:footer.text')}</p>
        <p>{t('common:footer.licence')}</p>
      </div>
    </footer>
  );
}
