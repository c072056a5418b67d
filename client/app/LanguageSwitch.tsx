import { useState } from 'preact/hooks';
import { LANGUAGES, LANGUAGE_NAMES, textDirection, type Language } from '../i18n/languages';
import { language, setLanguage, useT } from '../i18n/i18n';

/**
 * Each language named in itself and marked with its own `lang`, so a screen reader pronounces
 * "English" in English. The current one is `aria-current` (and visibly marked), not disabled,
 * so it stays findable by keyboard. Turkish, Ukrainian and Arabic load on choice; if that fails
 * (offline before they were ever fetched) the page says so instead of silently staying as it is.
 */
export function LanguageSwitch() {
  const t = useT();
  const current = language.value;
  const [failed, setFailed] = useState<Language | null>(null);
  const choose = async (lng: Language) => setFailed((await setLanguage(lng)) ? null : lng);
  return (
    <nav class="language-switch" aria-label={t('common:language.label')}>
      <ul class="language-switch__list">
        {LANGUAGES.map((lng) => (
          <li key={lng}>
            <button
              type="button"
              class="language-switch__button"
              // Leichte Sprache is German: `de` is the tag screen readers understand.
              lang={lng === 'de-x-easy' ? 'de' : lng}
              // العربية reads right to left even inside a left-to-right page.
              dir={textDirection(lng)}
              aria-current={lng === current ? 'true' : undefined}
              onClick={() => void choose(lng)}
            >
              {LANGUAGE_NAMES[lng]}
            </button>
          </li>
        ))}
      </ul>
      {failed && (
        <p class="error-message language-switch__error" role="alert">
          {t('languages:loadFailed', { language: LANGUAGE_NAMES[failed] })}
        </p>
      )}
    </nav>
  );
}
