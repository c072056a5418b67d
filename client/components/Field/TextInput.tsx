import type { EmailField, NumberField, TelField, TextField } from '../../../domain/catalogue/service-definition';
import { LabelledField, describedBy } from './FormGroup';
import { inputId } from './field-ids';
import type { TextQuestionProps } from './text-question';

interface Props extends TextQuestionProps {
  def: TextField | NumberField | TelField | EmailField;
}

/** Numbers, phone numbers and coded values (postcode, house number) are not words to check. */
function spellcheckOff(def: Props['def'], autocomplete: string | undefined): boolean {
  return def.type !== 'text' || autocomplete === 'postal-code' || !!def.pattern;
}

/** Text, number and telephone questions: one input each, typed as the citizen types. */
export function TextInput({ fieldId, def, label, hint, error, value, asHeading, onInput }: Props) {
  const id = inputId(fieldId);
  const autocomplete = def.type === 'text' ? def.autocomplete : def.type === 'tel' ? 'tel' : def.type === 'email' ? 'email' : undefined;
  const width = def.type === 'text' ? def.width : def.type === 'number' ? 4 : undefined;
  const classes = ['input', width ? `input--width-${width}` : '', error ? 'input--error' : ''].filter(Boolean).join(' ');
  const common = {
    class: classes,
    id,
    name: fieldId,
    inputMode: def.type === 'number' ? ('decimal' as const) : undefined,
    autoComplete: autocomplete,
    spellcheck: spellcheckOff(def, autocomplete) ? false : undefined,
    value,
    'aria-describedby': describedBy(id, hint, error),
    onInput: (e: { currentTarget: HTMLInputElement }) => onInput(e.currentTarget.value),
  };
  // GOV.UK advice: type=text with inputmode, not type=number (which swallows "2,5" and scrolls away values).
  const input =
    def.type === 'tel' ? <input type="tel" {...common} /> : def.type === 'email' ? <input type="email" {...common} /> : <input type="text" {...common} />;
  return (
    <LabelledField id={id} label={label} hint={hint} error={error} asHeading={asHeading}>
      {/* A count (persons) has no unit: then no empty suffix box. */}
      {def.type === 'number' && def.unit ? (
        <div class="input-wrapper">
          {input}
          {/* The unit is in the label/hint for screen readers; this is the visual reminder. */}
          <div class="input__suffix" aria-hidden="true">
            {def.unit}
          </div>
        </div>
      ) : (
        input
      )}
    </LabelledField>
  );
}
