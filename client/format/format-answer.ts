import type { AnswerValue, FieldDefinition } from '../../domain/catalogue/service-definition';
import { parseDecimal } from '../../domain/validation/validate-answers';
import { formatDateAnswer } from './format-date';
import { formatSlot } from './format-slot';

export type Lookup = (key: string | string[], options?: Record<string, unknown>) => string;

/**
 * An answer as "Check your answers", the request page and the clerk's page show it:
 * a string, or a list (ticked checkboxes). `undefined` means "not answered".
 */
export function formatAnswer(
  field: FieldDefinition,
  fieldId: string,
  value: AnswerValue | undefined,
  namespace: string,
  t: Lookup,
  locale: string,
): string | string[] | undefined {
  if (value === undefined) return undefined;
  switch (field.type) {
    case 'checkboxes': {
      if (!Array.isArray(value) || value.length === 0) return undefined;
      return value.map((option) => t([`${namespace}:fields.${fieldId}.options.${option}`], { defaultValue: option }));
    }
    case 'radios':
      if (typeof value !== 'string' || !value) return undefined;
      return t([`${namespace}:fields.${fieldId}.options.${value}`], { defaultValue: value });
    case 'file':
      // The file list itself is shown by the upload component and the clerk's attachment list.
      if (!Array.isArray(value) || value.length === 0) return undefined;
      return t('common:fileCount', { count: value.length });
    case 'date':
      if (typeof value !== 'object' || Array.isArray(value)) return undefined;
      return formatDateAnswer(value, locale) || undefined;
    case 'number': {
      if (typeof value !== 'string' || !value.trim()) return undefined;
      const n = parseDecimal(value);
      const shown = n === undefined ? value.trim() : new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(n);
      return field.unit ? `${shown} ${field.unit}` : shown;
    }
    case 'slot':
      return typeof value === 'string' && value ? formatSlot(value, locale, t) : undefined;
    default:
      return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  }
}
