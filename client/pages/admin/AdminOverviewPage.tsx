import { usePageTitle } from '../../app/page-title';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { useT } from '../../i18n/i18n';
import './admin.css';

const SECTIONS: readonly { key: string; href: string; nav?: string; about?: string }[] = [
  { key: 'departments', href: '/verwaltung/fachdienste' },
  { key: 'staff', href: '/verwaltung/mitarbeitende' },
  { key: 'routing', href: '/verwaltung/zustaendigkeiten' },
  // Its texts live with the capacity page's own.
  { key: 'capacity', href: '/verwaltung/kapazitaet', nav: 'capacity:page.title', about: 'capacity:page.overview' },
  { key: 'archive', href: '/verwaltung/archiv' },
  { key: 'audit', href: '/verwaltung/protokoll' },
];

/** `/verwaltung`: what the administrator can do — departments, staff accounts, routing rules — and the log of it. */
export function AdminOverviewPage() {
  const t = useT();
  usePageTitle(t('admin:overview.title'));
  return (
    <>
      <PageHeading>{t('admin:overview.title')}</PageHeading>
      <p class="lead">{t('admin:overview.lead')}</p>
      <ul class="admin-sections">
        {SECTIONS.map((s) => (
          <li key={s.key}>
            <a href={s.href}>{t(s.nav ?? `admin:nav.${s.key}`)}</a>
            <p>{t(s.about ?? `admin:overview.${s.key}`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
