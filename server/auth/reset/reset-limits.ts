import { attemptLimiter } from '../login-limits';
import { normalizeEmail } from '../users';

/**
 * Mails asked for one address: a few per quarter hour, whoever asks, whether the address has an
 * account or not (so the limit itself tells nothing) — nobody can flood a person's inbox.
 */
export function perAddressLimit(perWindow: number, windowMs = 15 * 60_000) {
  return attemptLimiter({
    windowMs,
    limit: perWindow,
    key: (req) => {
      const email = (req.body as { email?: unknown } | undefined)?.email;
      return `address:${typeof email === 'string' ? normalizeEmail(email) : ''}`;
    },
  });
}

/** Failed tries of the current password per signed-in account (its owner's successes never count). */
export function perAccountFailures(perWindow: number, windowMs = 15 * 60_000) {
  return attemptLimiter({ windowMs, limit: perWindow, key: (req) => `user:${req.user?.id ?? ''}`, onlyFailures: true });
}
