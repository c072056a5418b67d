import { Ajv, type ValidateFunction } from 'ajv';
import { API, type Endpoint } from '../../../domain/api';

/**
 * The declared answer schemas, compiled once, for tests that call the real server: what an
 * admitted caller gets must be what the contract (and so the client's types) says. Strict
 * (`additionalProperties: false`), so a field the server sends but the contract does not declare
 * fails as surely as a missing one.
 */
const ajv = new Ajv({ allErrors: true, strictTypes: false });
export const ANSWER_SCHEMAS = new Map<string, ValidateFunction>(API.filter((e) => e.response.schema).map((e) => [e.id, ajv.compile(e.response.schema!)]));

/** Why a success answer of `e` does not match its declared schema; undefined when it does (or none is declared). */
export function answerDrift(e: Pick<Endpoint, 'id'>, status: number, text: string): string | undefined {
  const validate = ANSWER_SCHEMAS.get(e.id);
  if (!validate || status < 200 || status >= 300 || status === 204) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  return validate(body) ? undefined : ajv.errorsText(validate.errors);
}
