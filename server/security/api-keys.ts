import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * API keys of outside systems (the waste company, the city archive): kept only as SHA-256, compared
 * as hashes in constant time, so neither memory nor timing gives a key away.
 */
export const hashApiKey = (key: string): Buffer => createHash('sha256').update(key, 'utf8').digest();

export const matchesApiKey = (keyHash: Buffer, key: string): boolean => timingSafeEqual(keyHash, hashApiKey(key));

/** The key from `Authorization: Bearer …`, or undefined. */
export const bearerKey = (header: string | undefined): string | undefined => (header ? /^Bearer (.+)$/.exec(header)?.[1]?.trim() : undefined);
