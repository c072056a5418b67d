import { retentionPeriod, servicePrivacyEntries, STORAGE_INVENTORY, storageLabel, type ServicePrivacyEntry, type StorageItem } from '../../../domain/privacy';
import { usePageTitle } from '../../app/page-title';
import { catalogue, titleOf, useCurrentServices } from '../../catalogue/catalogue';
import { CITY } from './city';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { Table } from '../../components/Table/Table';
import { language, useT, type Translate } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { basisArticle, CITATIONS } from './citations';
import { Address, MailLink } from './city-facts';

/** "2 Jahre", "180 Tage" as the page's language writes a duration. */
function period(days: number, locale: string): string {
  const { unit, count } = retentionPeriod(days);
  return new Intl.NumberFormat(locale, { style: 'unit', unit: unit === 'years' ? 'year' : 'day', unitDisplay: 'long' }).format(count);
}

function ServiceEntry({ entry, title, t, locale }: { entry: ServicePrivacyEntry; title: string; t: Translate; locale: string }) {
  const recipients = [
    ...entry.departments.map((d) => t(`departments:${d}`)),
    ...(entry.paymentProvider ? [t('legal:privacy.recipient.paymentProvider')] : []),
    ...entry.recipients.map((r) => t(`legal:privacy.recipient.${r}`, { law: r === 'finder' ? CITATIONS.findersReward : CITATIONS.processor })),
  ];
  return (
    <section aria-labelledby={`privacy-${entry.serviceId}`} class="privacy-service" data-service={entry.serviceId}>
      <h3 class="heading-s" id={`privacy-${entry.serviceId}`}>
        {title}
      </h3>
      <dl class="facts facts--block">
        <div>
          <dt>{t('legal:privacy.purpose')}</dt>
          <dd>{t(`legal:privacy.purposes.${entry.serviceId}`)}</dd>
        </div>
        <div>
          <dt>{t('legal:privacy.legalBasis')}</dt>
          <dd>{t('legal:privacy.basisWithLaw', { article: basisArticle(entry.basis), basis: t(`legal:privacy.basis.${entry.basis}`), law: entry.law })}</dd>
        </div>
        <div>
          <dt>{t('legal:privacy.recipients')}</dt>
          <dd>
            <ul>
              {recipients.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{t('legal:privacy.retention')}</dt>
          <dd>{t('legal:privacy.retentionAfter', { period: period(entry.retentionDays, locale) })}</dd>
        </div>
      </dl>
    </section>
  );
}

/**
 * Datenschutzerklärung after Art. 13 DSGVO. The part per service is generated from the catalogue
 * the device has (purpose text by service id, legal basis, recipients from routing and fee,
 * retention from what the archive deletes by), and the part about the device from the storage
 * inventory the tests hold against the code, so neither can drift from what the portal does.
 */
export function PrivacyPage() {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  // A catalogue cached by a device before services carried privacy facts lists none until it refreshes.
  const services = useCurrentServices().filter((s) => s.privacy !== undefined);
  usePageTitle(t('legal:privacy.title'));
  const dpo = CITY.dataProtectionOfficer;
  const authority = CITY.dataProtectionAuthority;
  return (
    <>
      <PageHeading>{t('legal:privacy.title')}</PageHeading>
      <p class="lead">{t('legal:privacy.intro', { law: CITATIONS.notice })}</p>

      <h2 class="heading-m">{t('legal:privacy.controllerTitle')}</h2>
      <Address name={CITY.authority} address={CITY.address} />
      <p>
        <bdi>{CITY.contact.phone}</bdi> · <MailLink email={CITY.contact.email} />
      </p>

      <h2 class="heading-m">{t('legal:privacy.dpoTitle')}</h2>
      <Address name={dpo.name} address={dpo.address} />
      <p>
        <bdi>{dpo.phone}</bdi> · <MailLink email={dpo.email} />
      </p>

      <h2 class="heading-m">{t('legal:privacy.servicesTitle')}</h2>
      <p>{t('legal:privacy.servicesIntro')}</p>
      {catalogue.value === undefined ? <p>{t('common:loading')}</p> : null}
      {servicePrivacyEntries(services).map((entry) => {
        const service = services.find((s) => s.id === entry.serviceId);
        return <ServiceEntry key={entry.serviceId} entry={entry} title={service ? titleOf(service) : entry.serviceId} t={t} locale={locale} />;
      })}

      <h2 class="heading-m">{t('legal:privacy.accountTitle')}</h2>
      <p>{t('legal:privacy.account', { law: CITATIONS.account })}</p>

      <h2 class="heading-m">{t('legal:privacy.serverTitle')}</h2>
      <p>{t('legal:privacy.server')}</p>

      <h2 class="heading-m">{t('legal:privacy.storageTitle')}</h2>
      <p>{t('legal:privacy.storageIntro', { law: CITATIONS.deviceStorage })}</p>
      <Table<StorageItem>
        id="privacy-storage"
        caption={t('legal:privacy.storageTitle')}
        captionHidden
        columns={[
          { header: t('legal:privacy.storageName'), rowHeader: true, cell: (item) => <code>{storageLabel(item)}</code> },
          { header: t('legal:privacy.storageKind'), cell: (item) => t(`legal:privacy.kind.${item.kind}`) },
          { header: t('legal:privacy.storagePurpose'), cell: (item) => t(`legal:privacy.storage.${item.text}`) },
        ]}
        rows={STORAGE_INVENTORY}
        rowKey={storageLabel}
      />

      <h2 class="heading-m">{t('legal:privacy.trackingTitle')}</h2>
      <p>{t('legal:privacy.tracking')}</p>

      <h2 class="heading-m">{t('legal:privacy.rightsTitle')}</h2>
      <p>{t('legal:privacy.rights', { law: CITATIONS.rights })}</p>
      <p>{t('legal:privacy.complaint', { law: CITATIONS.complaint })}</p>
      <Address name={authority.name} address={authority.address} />
      <p>
        <a href={authority.web}>
          <bdi>{authority.web.replace(/^https?:\/\//, '')}</bdi>
        </a>
      </p>
    </>
  );
}
