import { useState } from 'preact/hooks';
import { HOLDING_LIMIT_REASONS } from '../../../domain/catalogue/holding-limits';
import type { ServiceDefinition } from '../../../domain/catalogue/service-definition';
import { historyReasonText } from '../../../domain/request/history-reason';
import type { RequestDoc } from '../../../domain/request/request-document';
import { usePageTitle } from '../../app/page-title';
import { chooseOfferedSlot } from '../../data/request-store';
import { formatSlot } from '../../format/format-slot';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { ErrorSummary } from '../ErrorSummary/ErrorSummary';
import { ErrorMessage, FormGroup } from '../Field/FormGroup';

const FIELD_ID = 'slot-alternative';

interface Props {
  service: ServiceDefinition;
  doc: RequestDoc;
  /** The page's title, given the "Fehler:" prefix while the choice is missing. */
  pageName: string;
}

/**
 * When the wished slot was taken, the server numbered the request and offered the nearest free
 * slots (`needs_info`). The citizen picks one here and sends again — a local write like any
 * other, so it works offline and goes out with the next sync.
 */
export function SlotAlternatives({ service, doc, pageName }: Props) {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  const [choice, setChoice] = useState<string | undefined>(undefined);
  const [missing, setMissing] = useState(false);
  const [focusToken, setFocusToken] = useState(0);
  const [sending, setSending] = useState(false);
  const field = Object.keys(service.fields).find((id) => service.fields[id].type === 'slot');
  const shown = doc.status === 'needs_info' && !!doc.slotAlternatives && !!field;
  // The same title the page sets, with GOV.UK's "Fehler:" prefix while the choice is missing.
  usePageTitle(shown ? pageName : null, missing);
  if (!shown || !field || !doc.slotAlternatives) return null;
  const wished = doc.answers[field];
  const alternatives = doc.slotAlternatives;
  // Not taken by others: the sender already holds as many as the catalogue allows (say so).
  const lastReason = doc.history.at(-1)?.reason;
  const overLimit = lastReason && (HOLDING_LIMIT_REASONS as readonly string[]).includes(lastReason) ? lastReason : undefined;
  const error = missing ? t('slots:alternatives.required') : undefined;

  const send = async (event: Event) => {
    event.preventDefault();
    if (!choice) {
      setMissing(true);
      setFocusToken((n) => n + 1);
      return;
    }
    setSending(true);
    try {
      await chooseOfferedSlot(doc.id, field, choice);
    } finally {
      setSending(false);
    }
  };

  return (
    <section class="slot-alternatives" aria-labelledby="slot-alternatives-title">
      <ErrorSummary focusToken={focusToken} errors={error ? [{ href: `#${FIELD_ID}-0`, text: error }] : []} />
      <h2 class="heading-m" id="slot-alternatives-title">
        {t('slots:alternatives.title')}
      </h2>
      <p>{overLimit ? historyReasonText(t, overLimit) : t('slots:alternatives.text', { slot: typeof wished === 'string' ? formatSlot(wished, locale, t) : '' })}</p>
      {alternatives.length === 0 ? (
        <p>{t('slots:alternatives.none')}</p>
      ) : (
        <form noValidate onSubmit={send}>
          <FormGroup error={error}>
            <fieldset class="fieldset" aria-describedby={error ? `${FIELD_ID}-error` : undefined}>
              <legend class="fieldset__legend">{t('slots:alternatives.legend')}</legend>
              <ErrorMessage id={`${FIELD_ID}-error`} text={error} />
              {alternatives.map((slot, i) => (
                <div class="slot-picker__item" key={slot}>
                  <input
                    class="slot-picker__input"
                    id={`${FIELD_ID}-${i}`}
                    name={FIELD_ID}
                    type="radio"
                    value={slot}
                    checked={choice === slot}
                    onChange={() => {
                      setChoice(slot);
                      setMissing(false);
                    }}
                  />
                  <label class="slot-picker__label" for={`${FIELD_ID}-${i}`}>
                    {formatSlot(slot, locale, t)}
                  </label>
                </div>
              ))}
            </fieldset>
          </FormGroup>
          <button type="submit" class="button" disabled={sending}>
            {t('slots:alternatives.send')}
          </button>
        </form>
      )}
    </section>
  );
}
