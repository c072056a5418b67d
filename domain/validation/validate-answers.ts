import { holds, isFilled } from '../catalogue/condition';
import type {
  AnswerValue,
  Answers,
  DateField,
  FieldDefinition,
  FileField,
  LocationField,
  NumberField,
  PageDefinition,
  ServiceDefinition,
  TextField,
} from '../catalogue/service-definition';
import { findStreet } from '../places/streets';
import { parseSlotId } from '../slots/slot-id';
import { EMAIL_PATTERN, PHONE_PATTERN } from './contact-patterns';
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

const PHONE = PHONE_PATTERN;
const EMAIL = EMAIL_PATTERN;
const FILE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Werne's area with a margin (WGS 84): a position outside is not the city's business. */
export const WERNE_BOUNDS = { south: 51.6, north: 51.72, west: 7.5, east: 7.76 } as const;

/** Reads a decimal number as Germans type it ("2,5") or as the number keyboard gives it ("2.5"). */
export function parseDecimal(raw: string): number | undefined {
  const text = raw.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

/** Reads "51.66, 7.63" (also with decimal commas separated by a semicolon) as a position. */
export function parseLocation(raw: string): { lat: number; lon: number } | undefined {
  const m = /^\s*(-?\d{1,2}(?:[.,]\d+)?)\s*[,;]\s*(-?\d{1,3}(?:[.,]\d+)?)\s*$/.exec(raw);
  if (!m) return undefined;
  const lat = Number(m[1].replace(',', '.'));
  const lon = Number(m[2].replace(',', '.'));
  return Number.isFinite(lat) && Number.isFinite(lon) ? { lat, lon } : undefined;
}

function checkLocation(_field: LocationField, raw: string): Omit<FieldError, 'field'> | undefined {
  const pos = parseLocation(raw);
  if (!pos) return { code: 'format' };
  const b = WERNE_BOUNDS;
  if (pos.lat < b.south || pos.lat > b.north || pos.lon < b.west || pos.lon > b.east) return { code: 'outsideCity' };
  return undefined;
}

function checkFiles(field: FileField, value: AnswerValue): Omit<FieldError, 'field'> | undefined {
  if (!Array.isArray(value) || value.some((v) => !FILE_ID.test(v))) return { code: 'invalid' };
  if (value.length > field.maxFiles) return { code: 'tooMany', params: { max: field.maxFiles } };
  return undefined;
}

function checkSlot(raw: string, now: Date): Omit<FieldError, 'field'> | undefined {
  const slot = parseSlotId(raw);
  if (!slot) return { code: 'invalid' };
  const [year, month, day] = slot.date.split('-').map(Number);
  if (daysBetween(todayInWerne(now), { year, month, day }) <= 0) return { code: 'notFuture' };
  return undefined;
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
  if (field.rule === 'past') {
    if (ahead > 0) return { code: 'notPast' };
    if (field.maxDaysBack !== undefined && -ahead > field.maxDaysBack) return { code: 'tooLongAgo', params: { days: field.maxDaysBack } };
    return undefined;
  }
  if (ahead <= 0) return { code: 'notFuture' };
  if (field.maxDaysAhead !== undefined && ahead > field.maxDaysAhead) return { code: 'tooFar', params: { days: field.maxDaysAhead } };
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
  if (!isFilled(value)) return field.required ? { code: 'required' } : undefined;
  switch (field.type) {
    case 'checkboxes':
      if (!Array.isArray(value) || value.some((v) => !field.options.includes(v))) return { code: 'invalid' };
      return undefined;
    case 'radios':
      return typeof value === 'string' && field.options.includes(value) ? undefined : { code: 'invalid' };
    case 'textarea':
      if (typeof value !== 'string') return { code: 'invalid' };
      return value.trim().length > field.maxLength ? { code: 'tooLong', params: { max: field.maxLength } } : undefined;
    case 'email':
      if (typeof value !== 'string') return { code: 'invalid' };
      return EMAIL.test(value.trim()) ? undefined : { code: 'format' };
    case 'street':
      if (typeof value !== 'string') return { code: 'invalid' };
      return findStreet(value) ? undefined : { code: 'unknownStreet' };
    case 'location':
      return typeof value === 'string' ? checkLocation(field, value) : { code: 'invalid' };
    case 'file':
      return checkFiles(field, value as AnswerValue);
    case 'slot':
      return typeof value === 'string' ? checkSlot(value, now) : { code: 'invalid' };
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

/** Pages the citizen is asked, given the answers so far (conditional pages drop out). */
export function visiblePages(service: ServiceDefinition, answers: Answers): PageDefinition[] {
  return service.pages.filter((p) => !p.showWhen || holds(p.showWhen, answers));
}

/** Questions of a page the citizen is asked, given the answers so far. */
export function visibleFields(service: ServiceDefinition, page: PageDefinition, answers: Answers): string[] {
  return page.fields.filter((id) => {
    const when = service.fields[id].showWhen;
    return !when || holds(when, answers);
  });
}

/** The answers that count: those to questions the citizen is actually asked. */
export function relevantAnswers(service: ServiceDefinition, answers: Answers): Answers {
  const asked = new Set(visiblePages(service, answers).flatMap((p) => visibleFields(service, p, answers)));
  return Object.fromEntries(Object.entries(answers).filter(([k]) => asked.has(k)));
}

function validateFields(service: ServiceDefinition, fieldIds: readonly string[], answers: Answers, now: Date): FieldError[] {
  const errors: FieldError[] = [];
  for (const id of fieldIds) {
    const def = service.fields[id];
    const problem = validateField(def, answers[id], now);
    if (problem) errors.push({ field: id, ...problem });
  }
  for (const rule of service.crossFieldRules ?? []) {
    if (!fieldIds.includes(rule.field) || errors.some((e) => e.field === rule.field)) continue;
    if ((!rule.when || holds(rule.when, answers)) && !holds(rule.require, answers)) {
      errors.push({ field: rule.field, code: rule.code });
    }
  }
  return errors;
}

/** Errors on one page of the form, in the order its fields appear (only questions asked). */
export function validatePage(service: ServiceDefinition, pageId: string, answers: Answers, now = new Date()): FieldError[] {
  const page = service.pages.find((p) => p.id === pageId);
  if (!page) throw new Error(`Unknown page ${pageId} in service ${service.id}`);
  return validateFields(service, visibleFields(service, page, answers), answers, now);
}

/** Errors across the whole form; also refuses answers to questions the form doesn't have. */
export function validateAnswers(service: ServiceDefinition, answers: Answers, now = new Date()): FieldError[] {
  const unknown = Object.keys(answers).filter((k) => !(k in service.fields));
  const errors: FieldError[] = unknown.map((field) => ({ field, code: 'unknownField' }));
  const asked = visiblePages(service, answers).flatMap((p) => visibleFields(service, p, answers));
  return errors.concat(validateFields(service, asked, answers, now));
}

/** The first page holding an error, where "Check your answers" sends the citizen back to. */
export function firstPageWithError(service: ServiceDefinition, errors: FieldError[]): string | undefined {
  return service.pages.find((p) => errors.some((e) => p.fields.includes(e.field)))?.id;
}
