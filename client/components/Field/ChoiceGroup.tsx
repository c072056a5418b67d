import { ErrorMessage, FormGroup, Hint, QuestionText, describedBy } from './FormGroup';
import { checkboxId, inputId } from './field-ids';

interface Props {
  type: 'checkbox' | 'radio';
  fieldId: string;
  options: readonly string[];
  legend: string;
  hint?: string;
  error?: string;
  optionLabel(option: string): string;
  isChecked(option: string): boolean;
  asHeading: boolean;
  onToggle(option: string, checked: boolean): void;
}

/**
 * Options grouped by fieldset and legend, so the question is read with each option: native
 * checkboxes or radios (arrow keys move within a radio group, no script needed).
 */
export function ChoiceGroup({ type, fieldId, options, legend, hint, error, optionLabel, isChecked, asHeading, onToggle }: Props) {
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
          {options.map((option) => {
            const optionId = checkboxId(fieldId, option);
            return (
              <div class="checkboxes__item" key={option}>
                <input
                  class="checkboxes__input"
                  id={optionId}
                  name={fieldId}
                  type={type}
                  value={option}
                  checked={isChecked(option)}
                  onChange={(e) => onToggle(option, e.currentTarget.checked)}
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
