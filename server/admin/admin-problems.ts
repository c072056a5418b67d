import type { NextFunction, Request, Response } from 'express';
import { HttpError } from '../http/api-error';
import { requestLanguage, translator } from '../http/i18n';

/**
 * Words the admin API's field problems from `admin:errors.<field>.<code>` — the texts the admin
 * pages show at the field — so server and page say the same. A routing slot (`route.<slot>`) is
 * worded by its kind (`route.<code>`).
 */
export function wordAdminProblems(err: unknown, req: Request, _res: Response, next: NextFunction) {
  if (err instanceof HttpError && err.problems?.length) {
    const t = translator(requestLanguage(req));
    for (const p of err.problems) {
      if (p.message || !p.field) continue;
      const general = p.field.startsWith('route.') ? `admin:errors.route.${p.code}` : undefined;
      p.message = t([`admin:errors.${p.field}.${p.code}`, ...(general ? [general] : [])], { defaultValue: '' }) || undefined;
    }
  }
  next(err);
}

/** 400 with the problems, each naming its field. */
export function invalid(problems: { field: string; code: string }[]): HttpError {
  return new HttpError(400, 'validation_failed', problems.map(({ field, code }) => ({ field, code })));
}

/** 409: the input is fine, but the portal's state forbids it (in use, own account, last admin). */
export function notPossible(field: string, ...codes: string[]): HttpError {
  return new HttpError(409, 'not_possible', codes.map((code) => ({ field, code })));
}
