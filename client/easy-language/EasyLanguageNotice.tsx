import { namespaceReady } from '../i18n/namespace-texts';
import { setLanguage, useT } from '../i18n/i18n';
import { EasyText } from './EasyText';
import { GLOSSARY_PATH, easyLanguage } from './easy-mode';
import { Pictogram } from './Pictogram';

/**
 * On every page in Leichte Sprache: only the standard German text is legally binding, and the
 * same page is one click away in it (the language is a setting, the address stays the same).
 * A labelled complementary region, so screen reader users can find it in the landmarks list.
 */
export function EasyLanguageNotice() {
  const t = useT();
  // Its texts ride in the lazy chunk (the first download has no room for them); until they are
  // there (a few milliseconds), nothing is shown rather than text keys.
  if (!easyLanguage.value || !namespaceReady('easy')) return null;
  return (
    <aside class="easy-notice" aria-labelledby="easy-notice-title">
      <h2 class="easy-notice__title" id="easy-notice-title">
        {t('easy:notice.title')}
      </h2>
      <p>
        <EasyText text={t('easy:notice.text')} />
      </p>
      <p class="easy-notice__actions">
        <button type="button" class="link-button" lang="de" onClick={() => setLanguage('de')}>
          {t('easy:notice.switchToGerman')}
        </button>
        <a href={GLOSSARY_PATH}>
          <Pictogram name="book" />
          {t('easy:notice.glossaryLink')}
        </a>
      </p>
    </aside>
  );
}
