import { addressLine } from '../../../domain/city/city-config';
import { usePageTitle } from '../../app/page-title';
import { CITY } from './city';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { WarningText } from '../../components/WarningText/WarningText';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { CITATIONS } from './citations';
import { Address, MailLink, openingLines } from './city-facts';

/**
 * Impressum after § 5 DDG (provider, representative, contact, VAT id, supervisory authority)
 * and § 18 (2) MStV, all from the city's configuration (domain/city). While the values are
 * examples the page says so, so a test installation is never mistaken for the real one.
 */
export function ImprintPage() {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  usePageTitle(t('legal:imprint.title'));
  const { legal } = CITY;
  return (
    <>
      <PageHeading>{t('legal:imprint.title')}</PageHeading>
      <p class="lead">{t('legal:imprint.intro', { law: CITATIONS.imprint })}</p>
      {CITY.example ? <WarningText>{t('legal:imprint.example')}</WarningText> : null}

      <h2 class="heading-m">{t('legal:imprint.provider')}</h2>
      <Address name={CITY.authority} address={CITY.address} />
      <p>
        <bdi>{CITY.legalForm}</bdi>
      </p>

      <h2 class="heading-m">{t('legal:imprint.representedBy')}</h2>
      <p>
        <bdi>
          {legal.representative.title} {legal.representative.name}
        </bdi>
      </p>

      <h2 class="heading-m">{t('legal:imprint.contact')}</h2>
      <dl class="facts" id="imprint-contact">
        <div>
          <dt>{t('legal:imprint.phone')}</dt>
          <dd>
            <bdi>{CITY.contact.phone}</bdi>
          </dd>
        </div>
        <div>
          <dt>{t('legal:imprint.email')}</dt>
          <dd>
            <MailLink email={CITY.contact.email} />
          </dd>
        </div>
        <div>
          <dt>{t('legal:imprint.web')}</dt>
          <dd>
            <a href={CITY.contact.web}>
              <bdi>{CITY.contact.web.replace(/^https?:\/\//, '')}</bdi>
            </a>
          </dd>
        </div>
      </dl>

      <h2 class="heading-m">{t('legal:imprint.openingHours')}</h2>
      <ul>
        {openingLines(CITY.openingHours, locale).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>

      {legal.vatId ? (
        <>
          <h2 class="heading-m">{t('legal:imprint.vatId', { law: CITATIONS.vatId })}</h2>
          <p>
            <bdi>{legal.vatId}</bdi>
          </p>
        </>
      ) : null}

      <h2 class="heading-m">{t('legal:imprint.supervisory')}</h2>
      <Address name={legal.supervisoryAuthority.name} address={legal.supervisoryAuthority.address} />
      <p>
        <a href={legal.supervisoryAuthority.web}>
          <bdi>{legal.supervisoryAuthority.web.replace(/^https?:\/\//, '')}</bdi>
        </a>
      </p>

      <h2 class="heading-m">{t('legal:imprint.editorial', { law: CITATIONS.editorial })}</h2>
      <p>
        <bdi>{legal.editorialResponsibility.name}</bdi>, <bdi>{addressLine(legal.editorialResponsibility.address)}</bdi>
      </p>

      <p>
        <a href="/datenschutz">{t('legal:imprint.privacyLink')}</a>
      </p>
    </>
  );
}
