import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * A queued mail holds what it must carry until it is sent: the address and, for a password reset,
 * the one-time link. Sealed with AES-256-GCM under a key derived from the session secret, so a
 * copy of the database alone reveals neither (the same reasoning as the sessions' HMAC). Once sent,
 * the sealed part is dropped.
 */
export function sealingKey(secret: string): Buffer {
  return createHmac('sha256', secret).update('bp mail outbox v1').digest();
}

export function seal(key: Buffer, value: unknown): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64');
}

export function unseal<T>(key: Buffer, sealed: string): T {
  const raw = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')) as T;
}
