import type { Request } from 'express';
import { rateLimit } from 'express-rate-limit';
import { HttpError } from '../http/api-error';
import { normalizeEmail } from './users';

function limiter(perMinute: number, key?: (req: Request) => string | undefined) {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    // Forwarding headers are believed only from TRUST_PROXY (create-app.ts); a forged one from
    // anybody else is expected noise here, not a configuration mistake to warn about.
    validate: { xForwardedForHeader: false },
    // Per account only failures count: the owner's own successful logins never lock them out.
    ...(key ? { keyGenerator: (req: Request) => key(req) ?? '', skip: (req: Request) => key(req) === undefined, skipSuccessfulRequests: true } : {}),
    handler: (_req, _res, next) => next(new HttpError(429, 'rate_limited')),
  });
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
