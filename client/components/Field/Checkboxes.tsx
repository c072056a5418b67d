import type { CheckboxesField } from '../../../domain/catalogue/service-definition';
import { ErrorMessage, FormGroup, Hint, QuestionText, describedBy } from './FormGroup';
import { checkboxId, inputId } from './field-ids';

interface Props {
  fieldId: string;
  def: CheckboxesField;
  legend: string;
  hint?: string;
  error?: string;
  optionLabel(option: string): string;
  value: readonly string[];
  asHeading: boolean;
  onChange(value: string[]): void;
}

/** Several options to tick, grouped by fieldset and legend so the question is read with each box. */
export function Checkboxes({ fieldId, def, legend, hint, error, optionLabel, value, asHeading, onChange }: Props) {
  const id = inputId(fieldId);
  const toggle = (option: string, checked: boolean) => {
    const next = def.options.filter((o) => (o === option ? checked : value.includes(o)));
    onChange(next);
  };
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
                  type="checkbox"
                  value={option}
                  checked={value.includes(option)}
                  onChange={(e) => toggle(option, e.currentTarget.checked)}
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
