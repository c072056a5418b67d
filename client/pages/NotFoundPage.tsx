import { usePageTitle } from '../app/page-title';
import { PageHeading } from '../components/PageHeading/PageHeading';
import { useT } from '../i18n/i18n';

export function NotFoundPage() {
  const t = useT();
  usePageTitle(t('common:notFound.title'));
  return (
    <>
      <PageHeading>{t('common:notFound.title')}</PageHeading>
      <p>{t('common:notFound.text')}</p>
      <p>
        <a href="/">{t('common:notFound.home')}</a>
      </p>
    </>
  );
}
