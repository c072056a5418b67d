import type { NextFunction, Request, Response } from 'express';
import type { ApiError } from '../../domain/sync/sync-protocol';
import { requestLanguage, translator } from '../http/i18n';

/**
 * A refused file operation. Its sentence comes from `files:apiErrors.<code>` (the files module's
 * own locale namespace); problems name the question and a `files:problems.<code>` text.
 */
export class FileApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly problem?: { field?: string; code: string; params?: Record<string, string | number> },
  ) {
    super(code);
  }
}

export function fileErrorHandler(err: unknown, req: Request, res: Response, next: NextFunction): void {
  if (!(err instanceof FileApiError)) return next(err);
  const t = translator(requestLanguage(req));
  const body: ApiError = { error: err.code, message: t(`files:apiErrors.${err.code}`) };
  if (err.problem) {
    body.problems = [
      { ...(err.problem.field ? { field: err.problem.field } : {}), code: err.problem.code, message: t(`files:problems.${err.problem.code}`, err.problem.params ?? {}) },
    ];
  }
  res.status(err.status).json(body);
}
