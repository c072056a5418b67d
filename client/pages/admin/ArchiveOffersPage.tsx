import { usePageTitle } from '../../app/page-title';
import { BackLink } from '../../components/BackLink/BackLink';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { fetchArchiveOffers } from './admin-api';
import { AdminLoading } from './AdminLoading';
import { useAdminData } from './use-admin-data';
import './admin.css';

type Offer = NonNullable<Awaited<ReturnType<typeof fetchArchiveOffers>>>[number];

/** The archive's evaluation in words: how many it keeps, destroys, has not decided yet. */
function evaluation(offer: Offer): { kept: number; destroyed: number; open: number; imported: number } {
  const count = (p: (c: Offer['cases'][number]) => boolean) => offer.cases.filter(p).length;
  return { kept: count((c) => c.verdict === 'A'), destroyed: count((c) => c.verdict === 'V'), open: count((c) => !c.verdict), imported: count((c) => !!c.archivedAs) };
}

/**
 * `/verwaltung/archiv`: the closed cases offered to the city archive (xdomea Aussonderung), for
 * the administration to follow. Read-only: the archive evaluates and imports through its own door.
 */
export function ArchiveOffersPage() {
  const t = useT();
  const { data, failed } = useAdminData(fetchArchiveOffers, 'archive-offers');
  usePageTitle(t('admin:archiveOffers.title'));
  const date = (iso: string) => new Intl.DateTimeFormat(INTL_LOCALES[language.value], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(iso));
  return (
    <>
      <BackLink href="/verwaltung" />
      <PageHeading>{t('admin:archiveOffers.title')}</PageHeading>
      <p class="lead">{t('admin:archiveOffers.lead')}</p>
      {!data ? (
        <AdminLoading failed={failed} />
      ) : data.length === 0 ? (
        <p>{t('admin:archiveOffers.none')}</p>
      ) : (
        <table class="table">
          <caption class="visually-hidden">{t('admin:archiveOffers.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin:archiveOffers.offer')}</th>
              <th scope="col">{t('admin:archiveOffers.date')}</th>
              <th scope="col">{t('admin:archiveOffers.cases')}</th>
              <th scope="col">{t('admin:archiveOffers.evaluation')}</th>
              <th scope="col">{t('admin:archiveOffers.status')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((o) => {
              const e = evaluation(o);
              return (
                <tr key={o.processId}>
                  <td>
                    <code>{o.processId}</code>
                  </td>
                  <td>{date(o.createdAt)}</td>
                  <td>
                    {t('admin:archiveOffers.caseCount', { n: o.cases.length })}
                    <ul class="plain-list">
                      {o.cases.map((c) => (
                        <li key={c.requestId}>{c.reference}</li>
                      ))}
                    </ul>
                  </td>
                  <td>{e.open === o.cases.length ? t('admin:archiveOffers.notEvaluated') : t('admin:archiveOffers.evaluated', e)}</td>
                  <td>{t(`admin:archiveOffers.states.${o.state}`)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
