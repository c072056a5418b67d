import type { ComponentChildren } from 'preact';
import { useT } from '../../i18n/i18n';

/**
 * GOV.UK warning text: something the citizen should know before going on, that doesn't stop
 * them. The hidden "Warnung:" says what the "!" icon shows.
 */
export function WarningText({ children }: { children: ComponentChildren }) {
  const t = useT();
  return (
    <div class="warning-text">
      <span class="warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong class="warning-text__text">
        <span class="visually-hidden">{t('common:warningPrefix')} </span>
        {children}
      </strong>
    </div>
  );
}
