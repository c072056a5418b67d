import type { Said, Translate } from '../i18n/i18n';
import { ApiRequestError, NetworkError } from './api-client';

/** A problem to show in a form's error summary; `field` links it to an input when known. */
export interface FormProblem {
  field?: string;
  text: string;
}

/** A form's problems as how to say them: worded at each render, so they follow a language switch. */
export type SaidProblems = (t: Translate) => FormProblem[];

/** A field's problem, worded the same whether the device or the server found it. */
export function fieldProblemText(t: Translate, field: string, code: string, fallback?: string): string {
  return t([`common:fieldErrors.${field}.${code}`, `validation:${code}`], { defaultValue: fallback });
}

/**
 * Words a failed API call for people. Our own locale texts first (they follow the language
 * switch), the server's German sentence as fallback, a calm general sentence last.
 */
export function describeApiFailure(t: Translate, error: unknown): FormProblem[] {
  if (error instanceof NetworkError) return [{ text: t('common:apiErrors.offline') }];
  if (!(error instanceof ApiRequestError)) return [{ text: t('common:apiErrors.unknown') }];
  const { body } = error;
  const fieldProblems = (body.problems ?? [])
    .filter((p) => p.field)
    .map((p) => ({
      field: p.field,
      text: fieldProblemText(t, p.field!, p.code, p.message || body.message),
    }));
  if (fieldProblems.length) return fieldProblems;
  return [{ text: t([`common:apiErrors.${body.error}`], { defaultValue: body.message || t('common:apiErrors.unknown') }) }];
}

/** A failed call's problems as one message that follows a language switch (see `Said`). */
export function saidFailure(error: unknown): Said {
  return (t) => describeApiFailure(t, error).map((p) => p.text).join(' ');
}
