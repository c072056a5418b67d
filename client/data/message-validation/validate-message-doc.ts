import type { SchemaProblem } from '../request-validation/validate-request-doc';
import { validate } from './message-validator.generated';

const STORAGE_FIELDS = ['_meta', '_rev', '_attachments'];

/** Checks a message as RxDB is about to store it against the schema the server checks pushes with. */
export function validateMessageDoc(doc: Record<string, unknown>): SchemaProblem[] {
  const message = Object.fromEntries(Object.entries(doc).filter(([key]) => !STORAGE_FIELDS.includes(key)));
  const check = validate as ((data: unknown) => boolean) & { errors?: SchemaProblem[] | null };
  return check(message) ? [] : [...(check.errors ?? [{ instancePath: '', message: 'invalid' }])];
}
