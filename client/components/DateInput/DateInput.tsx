import type { DateParts } from '../../../domain/catalogue/service-definition';
import { useT } from '../../i18n/i18n';
import { ErrorMessage, FormGroup, Hint, QuestionText, describedBy } from '../Field/FormGroup';
import { dateInputId, datePartsInError, inputId } from '../Field/field-ids';

interface Props {
  fieldId: string;
  legend: string;
  hint?: string;
  error?: string;
  /** Error code, to mark only the part that is wrong (e.g. just the month when it is missing). */
  errorCode?: string;
  value: Partial<DateParts>;
  asHeading: boolean;
  onChange(value: DateParts): void;
}

const PARTS = ['day', 'month', 'year'] as const;

/**
 * GOV.UK's date input: three fields in a fieldset, never a date picker (hard with screen readers,
 * slow for dates far ahead). The month field takes numbers or names ("März", "mar"), which is why
 * it doesn't ask for a numeric keyboard.
 */
export function DateInput({ fieldId, legend, hint, error, errorCode, value, asHeading, onChange }: Props) {
  const t = useT();
  const id = inputId(fieldId);
  const wrong = error ? datePartsInError(errorCode ?? '') : [];
  const parts: DateParts = { day: value.day ?? '', month: value.month ?? '', year: value.year ?? '' };
  return (
    <FormGroup error={error}>
      <fieldset class="fieldset" role="group" aria-describedby={describedBy(id, hint, error)}>
        <legend class={asHeading ? 'fieldset__legend fieldset__legend--heading' : 'fieldset__legend'}>
          <QuestionText text={legend} asHeading={asHeading} />
        </legend>
        <Hint id={`${id}-hint`} text={hint} />
        <ErrorMessage id={`${id}-error`} text={error} />
        <div class="date-input" id={id}>
          {PARTS.map((part) => {
            const partId = dateInputId(fieldId, part);
            const classes = ['input', `input--width-${part === 'year' ? 4 : part === 'month' ? 6 : 2}`];
            if (wrong.includes(part)) classes.push('input--error');
            return (
              <div class="date-input__item" key={part}>
                <label class="label date-input__label" for={partId}>
                  {t(`common:dateInput.${part}`)}
                </label>
                <input
                  class={classes.join(' ')}
                  id={partId}
                  name={`${fieldId}-${part}`}
                  type="text"
                  inputMode={part === 'month' ? undefined : 'numeric'}
                  spellcheck={false}
                  value={parts[part]}
                  onInput={(e) => onChange({ ...parts, [part]: e.currentTarget.value })}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}
