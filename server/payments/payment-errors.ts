import type { NextFunction, Request, Response } from 'express';
import type { ApiError } from '../../domain/sync/sync-protocol';
import { HttpError } from '../http/api-error';
import { requestLanguage, translator } from '../http/i18n';

/** Error codes of the payment API (each worded under `payments-api:errors.<code>`). */
export const PAYMENT_ERROR_CODES = [
  'alreadyPaid',
  'notPayable',
  'providerUnavailable',
  'tooManyAttempts',
  'paymentBusy',
  'idempotencyKeyMissing',
  'invalidSignature',
  'invalidNotification',
] as const;

/**
 * Words the payment API's own errors from its namespace, so `common.json` stays untouched and the
 * page can show the server's sentence as it is; every other error goes on to the shared handler.
 */
export function wordPaymentErrors(err: unknown, req: Request, res: Response, next: NextFunction): void {
  if (!(err instanceof HttpError) || !(PAYMENT_ERROR_CODES as readonly string[]).includes(err.code)) return next(err);
  const body: ApiError = { error: err.code, message: translator(requestLanguage(req))(`payments-api:errors.${err.code}`) };
  res.status(err.status).json(body);
}
