import { SIGN_LANGUAGE_VIDEOS } from '../../../domain/accessibility/portal-guide';
import { usePageTitle } from '../../app/page-title';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { useT } from '../../i18n/i18n';
import { PortalTopics } from './PortalTopics';
import { SignLanguageVideos } from './SignLanguageVideos';

/** The portal explained in German Sign Language, with the same explanations as text in the reader's language. */
export function SignLanguagePage() {
  const t = useT();
  usePageTitle(t('gebaerdensprache:title'));
  return (
    <>
      <PageHeading>{t('gebaerdensprache:title')}</PageHeading>
      <p class="lead">{t('gebaerdensprache:lead')}</p>
      <SignLanguageVideos videos={SIGN_LANGUAGE_VIDEOS} t={t} />
      <h2 class="heading-m">{t('gebaerdensprache:textsTitle')}</h2>
      <PortalTopics t={t} level={3} />
      <p>
        <a href="/leichte-sprache">{t('gebaerdensprache:easyLink')}</a>
      </p>
    </>
  );
}
