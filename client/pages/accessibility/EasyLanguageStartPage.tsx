import { SIGN_LANGUAGE_VIDEOS } from '../../../domain/accessibility/portal-guide';
import { usePageTitle } from '../../app/page-title';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { language, setLanguage, useT } from '../../i18n/i18n';
import { PortalTopics } from './PortalTopics';
import { SignLanguageVideos } from './SignLanguageVideos';

/**
 * The start page in Leichte Sprache (BITV 2.0 § 4): what the portal is, how to use it, where to
 * get help, with room for the DGS videos. It speaks Leichte Sprache whatever language is set, as
 * people arrive here from the footer in standard German; readers of another language get the
 * plain version of the same texts in theirs.
 */
export function EasyLanguageStartPage() {
  const t = useT();
  // Standard German readers get Leichte Sprache; every other language its own plain version.
  const lng = language.value === 'de' ? 'de-x-easy' : language.value;
  const o = { lng };
  usePageTitle(t('leichte-sprache-start:title', o));
  return (
    <div class="easy-start">
      <PageHeading>{t('leichte-sprache-start:title', o)}</PageHeading>
      <p class="lead">{t('leichte-sprache-start:lead', o)}</p>
      {language.value !== 'de-x-easy' ? (
        <div class="inset-text">
          <p>{t('leichte-sprache-start:switchText', o)}</p>
          <p>
            <button type="button" class="button button--secondary" onClick={() => setLanguage('de-x-easy')}>
              {t('leichte-sprache-start:switchButton', o)}
            </button>
          </p>
        </div>
      ) : null}
      <PortalTopics t={t} lng={lng} />
      <SignLanguageVideos videos={SIGN_LANGUAGE_VIDEOS} t={t} lng={lng} />
      <p>
        <a href="/gebaerdensprache">{t('leichte-sprache-start:links.signLanguage', o)}</a>
      </p>
    </div>
  );
}
