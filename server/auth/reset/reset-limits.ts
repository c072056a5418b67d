import type { Request } from 'express';
import { rateLimit } from 'express-rate-limit';
import { HttpError } from '../../http/api-error';
import { normalizeEmail } from '../users';

function limitBy(key: (req: Request) => string, perWindow: number, windowMs: number, onlyFailures: boolean) {
  return rateLimit({
    windowMs,
    limit: perWindow,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    validate: { xForwardedForHeader: false },
    keyGenerator: key,
    skipSuccessfulRequests: onlyFailures,
    handler: (_req, _res, next) => next(new HttpError(429, 'rate_limited')),
  });
}

/**
 * Mails asked for one address: a few per quarter hour, whoever asks, whether the address has an
 * account or not (so the limit itself tells nothing) — nobody can flood a person's inbox.
 */
export function perAddressLimit(perWindow: number, windowMs = 15 * 60_000) {
  return limitBy(
    (req) => {
      const email = (req.body as { email?: unknown } | undefined)?.email;
      return `address:${typeof email === 'string' ? normalizeEmail(email) : ''}`;
    },
    perWindow,
    windowMs,
    false,
  );
}

/** Failed tries of the current password per signed-in account (its owner's successes never count). */
export function perAccountFailures(perWindow: number, windowMs = 15 * 60_000) {
  return limitBy((req) => `user:${req.user?.id ?? ''}`, perWindow, windowMs, true);
}
