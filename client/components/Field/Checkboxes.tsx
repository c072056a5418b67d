import type { CheckboxesField } from '../../../domain/catalogue/service-definition';
import { ChoiceGroup } from './ChoiceGroup';

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

/** Several options to tick; the answer keeps the catalogue's order of options. */
export function Checkboxes({ def, value, onChange, ...rest }: Props) {
  const toggle = (option: string, checked: boolean) => onChange(def.options.filter((o) => (o === option ? checked : value.includes(o))));
  return <ChoiceGroup type="checkbox" options={def.options} isChecked={(o) => value.includes(o)} onToggle={toggle} {...rest} />;
}
