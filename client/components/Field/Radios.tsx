import type { RadiosField } from '../../../domain/catalogue/service-definition';
import { ErrorMessage, FormGroup, Hint, QuestionText, describedBy } from './FormGroup';
import { checkboxId, inputId } from './field-ids';

interface Props {
  fieldId: string;
  def: RadiosField;
  legend: string;
  hint?: string;
  error?: string;
  optionLabel(option: string): string;
  value: string;
  asHeading: boolean;
  onChange(value: string): void;
}

/**
 * One option out of several: native radios in a fieldset, so arrow keys move between them and
 * the question is read with each option. Follow-up questions (`showWhen`) appear below the group.
 */
export function Radios({ fieldId, def, legend, hint, error, optionLabel, value, asHeading, onChange }: Props) {
  const id = inputId(fieldId);
  return (
    <FormGroup error={error}>
      <fieldset class="fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend class={asHeading ? 'fieldset__legend fieldset__legend--heading' : 'fieldset__legend'}>
          <QuestionText text={legend} asHeading={asHeading} />
        </legend>
        <Hint id={`${id}-hint`} text={hint} />
        <ErrorMessage id={`${id}-error`} text={error} />
        <div class="checkboxes">
          {def.options.map((option) => {
            const optionId = checkboxId(fieldId, option);
            return (
              <div class="checkboxes__item" key={option}>
                <input
                  class="checkboxes__input"
                  id={optionId}
                  name={fieldId}
                  type="radio"
                  value={option}
                  checked={value === option}
                  onChange={() => onChange(option)}
                />
                <label class="checkboxes__label" for={optionId}>
                  {optionLabel(option)}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormGroup>
  );
}
