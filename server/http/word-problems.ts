import type { NextFunction, Request, Response } from 'express';
import { HttpError } from './api-error';
import { requestLanguage, translator } from './i18n';

/**
 * An error middleware that words a router's field problems in the caller's language from its own
 * locale keys (tried in order), so each area's texts stay in its own files and server and page say
 * the same; the shared error handler then sends them. A problem already worded is left alone.
 */
export function wordProblems(keysFor: (field: string, code: string) => string[]) {
  return (err: unknown, req: Request, _res: Response, next: NextFunction) => {
    if (err instanceof HttpError && err.problems?.length) {
      const t = translator(requestLanguage(req));
      for (const p of err.problems) {
        if (!p.message && p.field) p.message = t(keysFor(p.field, p.code), { defaultValue: '' }) || undefined;
      }
    }
    next(err);
  };
}
