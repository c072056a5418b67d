import { createHmac, timingSafeEqual } from 'node:crypto';

/** Header carrying the signature: `sha256=<hex HMAC-SHA256 of the raw body>`. */
export const SIGNATURE_HEADER = 'x-signature';

export function signBody(secret: string, rawBody: Buffer | string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

/**
 * True when the header is the HMAC of exactly these bytes. The body is checked as received (never
 * re-serialised JSON, which may order or space keys differently), and compared in constant time,
 * so the answer's timing tells an attacker nothing about how much of a guess was right.
 */
export function hasValidSignature(secret: string, rawBody: Buffer, header: string | undefined): boolean {
  if (!header || !/^sha256=[0-9a-f]{64}$/i.test(header.trim())) return false;
  const expected = Buffer.from(signBody(secret, rawBody).slice(7), 'hex');
  const given = Buffer.from(header.trim().slice(7), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
