import type {
  AnswerValue,
  Answers,
  DateField,
  FieldDefinition,
  NumberField,
  ServiceDefinition,
  TextField,
} from '../catalogue/service-definition';
import { daysBetween, parseDateParts, todayInWerne, weekday } from './calendar-date';

/**
 * A problem with one field. `code` names the rule; the text comes from the locales under
 * `<service namespace>:errors.<field>.<code>`, so the error summary and the message at the field
 * say the same thing, on the device and in the server's answer.
 */
export interface FieldError {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

const PHONE = /^\+?[0-9][0-9 ()/-]{4,22}[0-9]$/;

/** Reads a decimal number as Germans type it ("2,5") or as the number keyboard gives it ("2.5"). */
export function parseDecimal(raw: string): number | undefined {
  const text = raw.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

function isEmpty(value: AnswerValue | undefined): boolean {
  if (value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return !value.day?.trim() && !value.month?.trim() && !value.year?.trim();
}

function checkNumber(field: NumberField, raw: string): Omit<FieldError, 'field'> | undefined {
  const n = parseDecimal(raw);
  if (n === undefined) return { code: 'notNumber' };
  const decimals = raw.trim().split(/[.,]/)[1]?.length ?? 0;
  if (decimals > field.decimals) return { code: 'tooPrecise', params: { decimals: field.decimals } };
  if (n < field.min || n > field.max) {
    return { code: 'range', params: { min: String(field.min).replace('.', ','), max: String(field.max).replace('.', ',') } };
  }
  return undefined;
}

function checkText(field: TextField, raw: string): Omit<FieldError, 'field'> | undefined {
  const text = raw.trim();
  if (text.length > field.maxLength) return { code: 'tooLong', params: { max: field.maxLength } };
  if (field.pattern && !new RegExp(field.pattern).test(text)) return { code: 'format' };
  return undefined;
}

function checkDate(field: DateField, value: AnswerValue, now: Date): Omit<FieldError, 'field'> | undefined {
  if (typeof value !== 'object' || Array.isArray(value)) return { code: 'invalid' };
  const parsed = parseDateParts(value);
  if (typeof parsed === 'string') return { code: parsed };
  const ahead = daysBetween(todayInWerne(now), parsed);
  if (ahead <= 0) return { code: 'notFuture' };
  if (ahead > field.maxDaysAhead) return { code: 'tooFar', params: { days: field.maxDaysAhead } };
  const day = weekday(parsed);
  if (day === 0 || day === 6) return { code: 'notWeekday' };
  return undefined;
}

/** Checks one field's value against its definition. Types not matching the field are refused. */
export function validateField(
  field: FieldDefinition,
  value: AnswerValue | undefined,
  now: Date,
): Omit<FieldError, 'field'> | undefined {
  if (isEmpty(value)) return field.required ? { code: 'required' } : undefined;
  switch (field.type) {
    case 'checkboxes':
      if (!Array.isArray(value) || value.some((v) => !field.options.includes(v))) return { code: 'invalid' };
      return undefined;
    case 'number':
      return typeof value === 'string' ? checkNumber(field, value) : { code: 'invalid' };
    case 'text':
      return typeof value === 'string' ? checkText(field, value) : { code: 'invalid' };
    case 'tel':
      if (typeof value !== 'string') return { code: 'invalid' };
      return PHONE.test(value.trim()) ? undefined : { code: 'format' };
    case 'date':
      return checkDate(field, value as AnswerValue, now);
  }
}

function validateFields(service: ServiceDefinition, fieldIds: readonly string[], answers: Answers, now: Date): FieldError[] {
  const errors: FieldError[] = [];
  for (const id of fieldIds) {
    const def = service.fields[id];
    const problem = validateField(def, answers[id], now);
    if (problem) errors.push({ field: id, ...problem });
  }
  for (const rule of service.crossFieldRules ?? []) {
    if (fieldIds.includes(rule.field) && !errors.some((e) => e.field === rule.field) && !rule.holds(answers)) {
      errors.push({ field: rule.field, code: rule.code });
    }
  }
  return errors;
}

/** Errors on one page of the form, in the order its fields appear. */
export function validatePage(service: ServiceDefinition, pageId: string, answers: Answers, now = new Date()): FieldError[] {
  const page = service.pages.find((p) => p.id === pageId);
  if (!page) throw new Error(`Unknown page ${pageId} in service ${service.id}`);
  return validateFields(service, page.fields, answers, now);
}

/** Errors across the whole form; also refuses answers to questions the form doesn't ask. */
export function validateAnswers(service: ServiceDefinition, answers: Answers, now = new Date()): FieldError[] {
  const unknown = Object.keys(answers).filter((k) => !(k in service.fields));
  const errors: FieldError[] = unknown.map((field) => ({ field, code: 'unknownField' }));
  return errors.concat(validateFields(service, service.pages.flatMap((p) => p.fields), answers, now));
}

/** The first page holding an error, where "Check your answers" sends the citizen back to. */
export function firstPageWithError(service: ServiceDefinition, errors: FieldError[]): string | undefined {
  return service.pages.find((p) => errors.some((e) => p.fields.includes(e.field)))?.id;
}
