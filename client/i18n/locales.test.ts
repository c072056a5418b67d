import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogueEntries, DEPARTMENTS } from '../../domain/catalogue';
import { REQUEST_STATUSES } from '../../domain/lifecycle/request-status';
import { BUNDLED_LANGUAGES, FIRST_DOWNLOAD_LANGUAGES, INTL_LOCALES, LANGUAGES, isBundledLanguage, type Language } from './languages';
import { COMPLETE_LANGUAGES as COMPLETE, textsOnDisk } from '../test-support/all-texts';
import { NAMESPACES, RESOURCES } from './resources';
import { flattenTexts, placeholdersOf, pluralBase, PLURAL_SUFFIX } from './text-keys';

const TEXTS = textsOnDisk();

function flatten(value: unknown): string[] {
  return Object.keys(flattenTexts(value));
}

/** Keys with plural suffixes folded to their base, as i18next picks the suffix per language. */
function baseKeys(value: unknown): string[] {
  return [...new Set(flatten(value).map(pluralBase))].sort();
}

function has(lng: Language, key: string): boolean {
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
  it('have every namespace of German in every complete language', () => {
    for (const lng of COMPLETE) expect(Object.keys(TEXTS[lng] ?? {}).sort(), lng).toEqual(expect.arrayContaining(Object.keys(TEXTS.de)));
  });

  it('have the same keys as German in every file of every language', () => {
    for (const lng of LANGUAGES) {
      for (const ns of Object.keys(TEXTS[lng] ?? {})) {
        if (ns === 'catalogue-services') continue;
        expect(TEXTS.de[ns], `${lng}/${ns}.json has no German original`).toBeDefined();
        expect(baseKeys(TEXTS[lng][ns]), `${lng}/${ns}.json`).toEqual(baseKeys(TEXTS.de[ns]));
      }
    }
  });

  it('give every plural exactly the forms the language needs', () => {
    for (const lng of LANGUAGES) {
      const categories = new Intl.PluralRules(INTL_LOCALES[lng]).resolvedOptions().pluralCategories.sort();
      for (const [ns, texts] of Object.entries(TEXTS[lng] ?? {})) {
        const forms = new Map<string, string[]>();
        for (const key of flatten(texts)) {
          const suffix = PLURAL_SUFFIX.exec(key)?.[1];
          if (suffix) forms.set(pluralBase(key), [...(forms.get(pluralBase(key)) ?? []), suffix]);
        }
        for (const [base, found] of forms) expect(found.sort(), `${lng}/${ns}.json ${base}`).toEqual(categories);
      }
    }
  });

  // A placeholder German lacks would show as raw `{{x}}`; one left out hides a fact. Leichte
  // Sprache may leave some out on purpose (a shorter sentence), never add one.
  it('keep the placeholders of the German text in every translation', () => {
    for (const lng of LANGUAGES) {
      for (const [ns, texts] of Object.entries(TEXTS[lng] ?? {})) {
        if (ns === 'catalogue-services' || !TEXTS.de[ns]) continue;
        const german = placeholdersOf(TEXTS.de[ns]);
        for (const [key, names] of placeholdersOf(texts)) {
          const expected = german.get(key) ?? [];
          if (lng === 'de-x-easy') expect(expected, `${lng}/${ns}.json ${key}`).toEqual(expect.arrayContaining(names));
          else expect(names, `${lng}/${ns}.json ${key}`).toEqual(expected);
        }
      }
    }
  });

  // The check a translator runs on a new file: quiet on the texts as they are, so all it
  // reports is about the new one. It is stricter than the test above: it counts each placeholder.
  it('pass scripts/check-translation.mjs in every language', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const run = spawnSync(process.execPath, ['scripts/check-translation.mjs', ...LANGUAGES.filter((l) => l !== 'en')], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });

  it('title and summarise every catalogue entry in catalogue-services.json of every lazy language', () => {
    const ids = [...new Set(catalogueEntries().map((e) => e.id))].sort();
    for (const lng of LANGUAGES.filter((l) => !isBundledLanguage(l))) {
      const file = TEXTS[lng]?.['catalogue-services'] as Record<string, Record<string, unknown>> | undefined;
      if (!file && !COMPLETE.includes(lng)) continue;
      expect(Object.keys(file ?? {}).sort(), `${lng}/catalogue-services.json`).toEqual(ids);
      for (const id of ids) {
        expect(Object.keys(file?.[id] ?? {}).sort(), `${lng} ${id}`).toEqual(['summary', 'title']);
        for (const path of ['title', 'summary']) expect(String(file?.[id]?.[path] ?? '').trim(), `${lng} ${id}.${path}`).toBeTruthy();
      }
    }
  });

  it('bundle exactly the core namespaces of German and English into the first download', () => {
    expect(Object.keys(RESOURCES).sort()).toEqual([...FIRST_DOWNLOAD_LANGUAGES].sort());
    for (const lng of FIRST_DOWNLOAD_LANGUAGES) expect(Object.keys(RESOURCES[lng]).sort()).toEqual([...NAMESPACES].sort());
  });

  it('name every status, department, API error and validation code', () => {
    const keys = [
      ...REQUEST_STATUSES.map((s) => `common:statuses.${s}`),
      ...DEPARTMENTS.map((d) => `departments:${d.id}`),
      ...API_ERRORS.map((c) => `common:apiErrors.${c}`),
      ...VALIDATION_CODES.map((c) => `validation:${c}`),
    ];
    for (const lng of COMPLETE) for (const key of keys) expect(has(lng, key), `${lng} ${key}`).toBe(true);
  });

  it('give every catalogue entry, at every version, a title and summary in every bundled language', () => {
    for (const entry of catalogueEntries()) {
      for (const lng of BUNDLED_LANGUAGES) {
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
      for (const lng of COMPLETE) for (const key of keys) expect(has(lng, key), `${lng} ${key}`).toBe(true);
    }
  });
});
