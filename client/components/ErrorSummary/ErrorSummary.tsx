import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../../i18n/i18n';

export interface ErrorSummaryItem {
  /** `#id` of the field on this page, or a path to the page that holds it. */
  href: string;
  text: string;
}

interface Props {
  errors: readonly ErrorSummaryItem[];
  /**
   * Changes on every failed submit; the summary then takes focus, so screen readers announce the
   * problems and keyboard users start from the list (GOV.UK error summary pattern).
   */
  focusToken?: number;
}

/**
 * Moves focus to the field a summary link names. The browser's own jump to `#id` scrolls but
 * does not focus; and scrolling to the label/legend (not the input) keeps the question in view,
 * as GOV.UK's error summary does.
 */
function focusTarget(event: MouseEvent, href: string): void {
  if (!href.startsWith('#')) return;
  const input = document.getElementById(href.slice(1));
  if (!input) return;
  event.preventDefault();
  const legendOrLabel = input.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${input.id}"]`);
  (legendOrLabel ?? input).scrollIntoView();
  input.focus({ preventScroll: true });
}

export function ErrorSummary({ errors, focusToken }: Props) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusToken !== undefined && errors.length > 0) ref.current?.focus();
  }, [focusToken]);
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title">
      {/* role=alert announces the summary when it appears without a focus move (e.g. on load). */}
      <div role="alert">
        <h2 class="error-summary__title" id="error-summary-title">
          {t('common:errorSummary.title')}
        </h2>
        <ul class="error-summary__list">
          {errors.map((error) => (
            <li key={error.href + error.text}>
              <a href={error.href} onClick={(e) => focusTarget(e, error.href)}>
                {error.text}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
