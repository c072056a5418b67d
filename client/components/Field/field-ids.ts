import type { FieldDefinition } from '../../../domain/catalogue/service-definition';

/** The id of a field's input; its hint and error get `-hint` / `-error` appended. */
export function inputId(fieldId: string): string {
  return `field-${fieldId}`;
}

export function dateInputId(fieldId: string, part: 'day' | 'month' | 'year'): string {
  return `${inputId(fieldId)}-${part}`;
}

export function checkboxId(fieldId: string, option: string): string {
  return `${inputId(fieldId)}-${option}`;
}

/** Which parts of a date input an error is about (GOV.UK: highlight only the wrong part). */
export function datePartsInError(code: string): ('day' | 'month' | 'year')[] {
  if (code === 'missingDay') return ['day'];
  if (code === 'missingMonth') return ['month'];
  if (code === 'missingYear') return ['year'];
  return ['day', 'month', 'year'];
}

/**
 * Where an error summary link points: the first input of the field, or for a date, the first
 * part in error — so following the link lands where the citizen has to type.
 */
export function errorAnchor(field: FieldDefinition | undefined, fieldId: string, code: string): string {
  if (field?.type === 'date') return `#${dateInputId(fieldId, datePartsInError(code)[0])}`;
  if (field?.type === 'checkboxes' || field?.type === 'radios') return `#${checkboxId(fieldId, field.options[0])}`;
  return `#${inputId(fieldId)}`;
}
