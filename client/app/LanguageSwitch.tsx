import { useState } from 'preact/hooks';
import { LANGUAGES, LANGUAGE_NAMES, LANGUAGE_QUERY, textDirection, type Language } from '../i18n/languages';
import { language, setLanguage, useT } from '../i18n/i18n';

/**
 * Each language named in itself and marked with its own `lang`, so a screen reader pronounces
 * "English" in English. The current one is `aria-current` (and visibly marked), not disabled,
 * so it stays findable by keyboard. Turkish, Ukrainian and Arabic load on choice; if that fails
 * (offline before they were ever fetched) the page says so instead of silently staying as it is.
 *
 * The buttons submit a GET form to this same page with `?lang=…`: before the script has run (a
 * prerendered page on a slow phone) or without JavaScript, the browser asks the server for the
 * page in that language, and the server remembers the choice (server/http/prerendered-pages.ts).
 * Once the app runs it switches in place instead, without a page load that would throw away what
 * the page holds.
 */
export function LanguageSwitch() {
  const t = useT();
  const current = language.value;
  const [failed, setFailed] = useState<Language | null>(null);
  const choose = async (lng: Language) => setFailed((await setLanguage(lng)) ? null : lng);
  return (
    <nav class="language-switch" aria-label={t('common:language.label')}>
      {/* No `action`: the form goes to the address it is on, whose query `lang` replaces. */}
      <form method="get" class="language-switch__form">
        <ul class="language-switch__list">
          {LANGUAGES.map((lng) => (
            <li key={lng}>
              {/* No `type` written out (a button in a form submits anyway): the prerender holds back
                  `type="submit"` buttons until the script runs (build/prerender/page-document.ts),
                  and these must work before it. */}
              <button
                class="language-switch__button"
                name={LANGUAGE_QUERY}
                value={lng}
                // Leichte Sprache is German: `de` is the tag screen readers understand.
                lang={lng === 'de-x-easy' ? 'de' : lng}
                // العربية reads right to left even inside a left-to-right page.
                dir={textDirection(lng)}
                aria-current={lng === current ? 'true' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  void choose(lng);
                }}
              >
                {LANGUAGE_NAMES[lng]}
              </button>
            </li>
          ))}
        </ul>
      </form>
      {failed && (
        <p class="error-message language-switch__error" role="alert">
          {t('languages:loadFailed', { language: LANGUAGE_NAMES[failed] })}
        </p>
      )}
    </nav>
  );
}
