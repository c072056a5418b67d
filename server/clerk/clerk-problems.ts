import type { NextFunction, Request, Response } from 'express';
import { HttpError } from '../http/api-error';
import { requestLanguage, translator } from '../http/i18n';

/**
 * Words the clerk API's field problems from the `clerk` locale namespace (`clerk-api:problems.<field>.<code>`),
 * so the workspace's texts stay in its own files; the shared error handler then sends them.
 */
export function wordClerkProblems(err: unknown, req: Request, _res: Response, next: NextFunction) {
  if (err instanceof HttpError && err.problems?.length) {
    const t = translator(requestLanguage(req));
    for (const p of err.problems) {
      if (!p.message && p.field) p.message = t(`clerk-api:problems.${p.field}.${p.code}`, { defaultValue: '' }) || undefined;
    }
  }
  next(err);
}
