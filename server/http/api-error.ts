import type { NextFunction, Request, Response } from 'express';
import type { ApiError } from '../../domain/sync/sync-protocol';
import type { FieldError } from '../../domain/validation/validate-answers';
import { storeErrors } from '../observability';
import { requestLanguage, translator } from './i18n';

/**
 * An error that becomes an ApiError answer; `code` selects the sentence from the locales
 * (`common:apiErrors.<code>`, or `messageKey` for an area that keeps its texts in its own namespace).
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly problems: ApiError['problems'] = [],
    readonly messageKey?: string,
  ) {
    super(code);
  }
}

export function sendApiError(req: Request, res: Response, status: number, code: string, problems: ApiError['problems'] = [], messageKey?: string): void {
  const t = translator(requestLanguage(req));
  const body: ApiError = { error: code, message: t(messageKey ?? `common:apiErrors.${code}`) };
  // Problems without a message get the locale's wording for that field, where there is one.
  if (problems.length) {
    body.problems = problems.map((p) =>
      p.message || !p.field ? p : { ...p, message: t(`common:fieldErrors.${p.field}.${p.code}`, { defaultValue: '' }) || undefined },
    );
  }
  res.status(status).json(body);
}

/** Field errors of a service form, worded as on the device. */
export function describeFieldErrors(req: Request, namespace: string, errors: FieldError[], id?: string): NonNullable<ApiError['problems']> {
  const t = translator(requestLanguage(req));
  return errors.map((e) => ({
    ...(id ? { id } : {}),
    field: e.field,
    code: e.code,
    message: t(`${namespace}:errors.${e.field}.${e.code}`, { ...e.params, defaultValue: t(`validation:${e.code}`, e.params ?? {}) }),
  }));
}

/** Last handler: HttpErrors become ApiErrors; anything else is logged and a calm 500. */
export function errorHandler(err: unknown, req: Request, res: Response, _next: NextFunction): void {
  if (err instanceof HttpError) return sendApiError(req, res, err.status, err.code, err.problems, err.messageKey);
  const status = (err as { status?: number; statusCode?: number }).status;
  if (status === 413) return sendApiError(req, res, 413, 'payload_too_large');
  if (status === 400 && (err as { type?: string }).type === 'entity.parse.failed') return sendApiError(req, res, 400, 'invalid_json');
  const storeDown = (err as { code?: string }).code === 'ECONNREFUSED' || (err as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED';
  req.log?.error({ err }, 'request failed');
  if (storeDown) storeErrors.inc({ source: 'request' });
  sendApiError(req, res, storeDown ? 503 : 500, storeDown ? 'store_unavailable' : 'internal');
}
