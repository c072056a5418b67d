import type { FieldError } from '../../domain/validation/validate-answers';
import type { Translate } from './i18n';

/**
 * The words for a validation error: `<service namespace>:errors.<field>.<code>` (the same key the
 * server uses for its answers), else a general sentence for the code.
 */
export function fieldErrorText(t: Translate, namespace: string, error: FieldError): string {
  return t([`${namespace}:errors.${error.field}.${error.code}`, `validation:${error.code}`], error.params);
}
