import type { Request } from 'express';
import { rateLimit } from 'express-rate-limit';
import { HttpError } from '../http/api-error';
import { normalizeEmail } from './users';

/**
 * An attempt limiter answering 429 `rate_limited`. With `key`, attempts are counted per that key
 * (a request whose key is undefined is not counted), else per client address.
 */
export function attemptLimiter(options: { windowMs: number; limit: number; key?: (req: Request) => string | undefined; onlyFailures?: boolean }) {
  const { windowMs, limit, key, onlyFailures = false } = options;
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    // Forwarding headers are believed only from TRUST_PROXY (create-app.ts); a forged one from
    // anybody else is expected noise here, not a configuration mistake to warn about.
    validate: { xForwardedForHeader: false },
    ...(key ? { keyGenerator: (req: Request) => key(req) ?? '', skip: (req: Request) => key(req) === undefined } : {}),
    skipSuccessfulRequests: onlyFailures,
    handler: (_req, _res, next) => next(new HttpError(429, 'rate_limited')),
  });
}

function limiter(perMinute: number, key?: (req: Request) => string | undefined) {
  // Per account only failures count: the owner's own successful logins never lock them out.
  return attemptLimiter({ windowMs: 60_000, limit: perMinute, key, onlyFailures: key !== undefined });
}

/**
 * Login and registration attempts are limited per client address and per target account: an
 * attacker with many addresses (or a proxy that passes a forged X-Forwarded-For) still gets only
 * `perMinute` guesses at one account's password.
 */
/** Attempts per client address and minute. */
export function perIpLimiter(perMinute: number) {
  return limiter(perMinute);
}

export function authLimiters(perMinute: number) {
  const perAccount = limiter(perMinute, (req) => {
    const email = (req.body as { email?: unknown } | undefined)?.email;
    return typeof email === 'string' && email ? `account:${normalizeEmail(email)}` : undefined;
  });
  return [limiter(perMinute), perAccount];
}
