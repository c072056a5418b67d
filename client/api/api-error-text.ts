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

/**
 * A refused call as one message that follows a language switch (see `Said`): worded from our
 * locale texts by its error code (`areaKeys`, e.g. `termin:apiErrors.<code>`, then the common
 * ones); the server's sentence, fixed in the language of the call, only for a code no text of
 * ours knows; `fallbackKey` for a call that got no answer or none we can read.
 */
export function saidRefusal(error: unknown, areaKeys: (code: string) => string[], fallbackKey: string): Said {
  if (!(error instanceof ApiRequestError)) return (t) => t(fallbackKey);
  const { error: code, message } = error.body;
  return (t) => t([...areaKeys(code), `common:apiErrors.${code}`], { defaultValue: message || t(fallbackKey) });
}
