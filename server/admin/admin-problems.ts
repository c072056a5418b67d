import { HttpError } from '../http/api-error';
import { wordProblems } from '../http/word-problems';

/**
 * The admin API's field problems, worded from `admin:errors.<field>.<code>` — the texts the admin
 * pages show at the field. A routing slot (`route.<slot>`) is worded by its kind (`route.<code>`).
 */
export const wordAdminProblems = wordProblems((field, code) => [
  `admin:errors.${field}.${code}`,
  ...(field.startsWith('route.') ? [`admin:errors.route.${code}`] : []),
]);

/** 400 with the problems, each naming its field. */
export function invalid(problems: { field: string; code: string }[]): HttpError {
  return new HttpError(400, 'validation_failed', problems.map(({ field, code }) => ({ field, code })));
}

/** 409: the input is fine, but the portal's state forbids it (in use, own account, last admin). */
export function notPossible(field: string, ...codes: string[]): HttpError {
  return new HttpError(409, 'not_possible', codes.map((code) => ({ field, code })));
}
