import type { RadiosField } from '../../../domain/catalogue/service-definition';
import { ChoiceGroup } from './ChoiceGroup';

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

/** One option out of several. Follow-up questions (`showWhen`) appear below the group. */
export function Radios({ def, value, onChange, ...rest }: Props) {
  return <ChoiceGroup type="radio" options={def.options} isChecked={(o) => value === o} onToggle={(o) => onChange(o)} {...rest} />;
}
