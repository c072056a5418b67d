import { describe, expect, it } from 'vitest';
import { catalogueEntries, DEPARTMENTS } from '../../domain/catalogue';
import { REQUEST_STATUSES } from '../../domain/lifecycle/request-status';
import { LANGUAGES } from './languages';
import { textsOnDisk } from '../test-support/all-texts';
import { NAMESPACES, RESOURCES } from './resources';

const TEXTS = textsOnDisk();

function flatten(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return [prefix];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

function has(lng: (typeof LANGUAGES)[number], key: string): boolean {
  const [ns, path] = key.split(':');
  let node: unknown = TEXTS[lng]?.[ns];
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' || Array.isArray(node);
}

/** Error codes of domain/validation, and the server's ApiError codes (kept stable: the server words errors with them). */
const VALIDATION_CODES = ['required', 'notNumber', 'tooPrecise', 'range', 'tooLong', 'format', 'invalid', 'missing', 'missingDay',
  'missingMonth', 'missingYear', 'notFuture', 'tooFar', 'notWeekday', 'noneChosen', 'describeOther', 'unknownField', 'notPast',
  'tooLongAgo', 'outsideCity', 'tooMany', 'unknownStreet'];
const API_ERRORS = ['invalid_credentials', 'email_taken', 'not_authenticated', 'forbidden', 'invalid_document', 'invalid_transition',
  'reason_required', 'not_found', 'payload_too_large', 'rate_limited', 'store_unavailable', 'validation_failed', 'account_deactivated',
  'not_possible', 'edit_conflict'];

describe('locales', () => {
  it('have the same keys in every language, in every namespace', () => {
    for (const ns of Object.keys(TEXTS.de)) {
      const german = flatten(TEXTS.de[ns]).sort();
      for (const lng of LANGUAGES) expect(flatten(TEXTS[lng]?.[ns]).sort(), `${lng}/${ns}.json`).toEqual(german);
    }
  });

  it('bundle exactly the core namespaces into the first download', () => {
    for (const lng of LANGUAGES) expect(Object.keys(RESOURCES[lng]).sort()).toEqual([...NAMESPACES].sort());
  });

  it('name every status, department, API error and validation code', () => {
    const keys = [
      ...REQUEST_STATUSES.map((s) => `common:statuses.${s}`),
      ...DEPARTMENTS.map((d) => `departments:${d.id}`),
      ...API_ERRORS.map((c) => `common:apiErrors.${c}`),
      ...VALIDATION_CODES.map((c) => `validation:${c}`),
    ];
    for (const lng of LANGUAGES) for (const key of keys) expect(has(lng, key), `${lng} ${key}`).toBe(true);
  });

  it('give every catalogue entry, at every version, a title and summary in every language', () => {
    for (const entry of catalogueEntries()) {
      for (const lng of LANGUAGES) {
        expect(entry.title[lng]?.trim(), `${entry.id}@${entry.version} title ${lng}`).toBeTruthy();
        expect(entry.summary[lng]?.trim(), `${entry.id}@${entry.version} summary ${lng}`).toBeTruthy();
      }
    }
  });

  it('word every question of every service, at every version', () => {
    for (const service of catalogueEntries()) {
      if (service.kind !== 'form') continue;
      const ns = service.namespace;
      const keys = [`${ns}:declaration`, `${ns}:whatHappensNext`, `${ns}:start.need`];
      for (const page of service.pages) keys.push(`${ns}:pages.${page.id}.title`);
      for (const [id, field] of Object.entries(service.fields)) {
        keys.push(`${ns}:fields.${id}.label`, `${ns}:fields.${id}.summary`);
        if (field.type === 'checkboxes' || field.type === 'radios') for (const o of field.options) keys.push(`${ns}:fields.${id}.options.${o}`);
        if (field.required) keys.push(field.type === 'date' ? `${ns}:errors.${id}.missing` : `${ns}:errors.${id}.required`);
      }
      for (const rule of service.crossFieldRules ?? []) keys.push(`${ns}:errors.${rule.field}.${rule.code}`);
      for (const lng of LANGUAGES) for (const key of keys) expect(has(lng, key), `${lng} ${key}`).toBe(true);
    }
  });
});
