import { validate } from './request-validator.generated';

export interface SchemaProblem {
  instancePath: string;
  message?: string;
}

/** RxDB's own bookkeeping on stored documents; not part of the request, not in the schema. */
const STORAGE_FIELDS = ['_meta', '_rev', '_attachments'];

/**
 * Checks a request as RxDB is about to store it against the schema the server checks pushes
 * with (PUSHED_REQUEST_SCHEMA). Returns the problems, empty when valid.
 */
export function validateRequestDoc(doc: Record<string, unknown>): SchemaProblem[] {
  const request = Object.fromEntries(Object.entries(doc).filter(([key]) => !STORAGE_FIELDS.includes(key)));
  const check = validate as ((data: unknown) => boolean) & { errors?: SchemaProblem[] | null };
  return check(request) ? [] : [...(check.errors ?? [{ instancePath: '', message: 'invalid' }])];
}
