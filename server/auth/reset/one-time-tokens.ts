import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { getOrNull, isConflict, type Store } from '../../store';

/** What a token is for; a token of one purpose never works for another. */
export type TokenPurpose = 'password' | 'confirm' | 'emailChange' | 'invite';

interface TokenDoc {
  _id: string;
  _rev?: string;
  type: 'token';
  purpose: TokenPurpose;
  userId: string;
  /** HMAC of the secret half under the session secret: the store never holds the token itself. */
  hash: string;
  issuedAt: string;
  expiresAt: string;
  usedAt?: string;
  /** What the token confirms (an e-mail address), when it confirms something. */
  subject?: string;
}

export interface UsedToken {
  userId: string;
  issuedAt: string;
  subject?: string;
}

const TOKEN_PATTERN = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

function verifierHash(secret: string, verifier: string): Buffer {
  return createHmac('sha256', secret).update(`bp one-time token v1:${verifier}`).digest();
}

/**
 * A one-time token `<selector>.<verifier>`: the selector names the stored document, the verifier is
 * checked against its HMAC in constant time. Kept in the users database as `token:<selector>`.
 */
export async function issueToken(
  store: Store,
  secret: string,
  input: { userId: string; purpose: TokenPurpose; ttlMs: number; subject?: string },
  now = new Date(),
): Promise<string> {
  const selector = randomBytes(16).toString('base64url');
  const verifier = randomBytes(32).toString('base64url');
  const doc: TokenDoc = {
    _id: `token:${selector}`,
    type: 'token',
    purpose: input.purpose,
    userId: input.userId,
    hash: verifierHash(secret, verifier).toString('hex'),
    issuedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + input.ttlMs).toISOString(),
    ...(input.subject ? { subject: input.subject } : {}),
  };
  await store.users.insert(doc);
  return `${selector}.${verifier}`;
}

/**
 * Uses a token once: unknown, wrong, expired, already used and another purpose all answer
 * undefined alike. The use is written with the token's `_rev`, so of two uses at once only one
 * gets through.
 */
export async function useToken(store: Store, secret: string, token: string, purpose: TokenPurpose, now = new Date()): Promise<UsedToken | undefined> {
  const match = TOKEN_PATTERN.exec(token);
  if (!match) return undefined;
  const doc = await getOrNull<TokenDoc>(store.users, `token:${match[1]}`);
  const given = verifierHash(secret, match[2]);
  // Compared even without a document, so the time taken says nothing about which part was wrong.
  const expected = doc?.hash?.length === 64 ? Buffer.from(doc.hash, 'hex') : Buffer.alloc(32);
  const same = timingSafeEqual(expected, given) && Boolean(doc);
  if (!doc || !same || doc.type !== 'token' || doc.purpose !== purpose || doc.usedAt || doc.expiresAt <= now.toISOString()) return undefined;
  try {
    await store.users.insert({ ...doc, usedAt: now.toISOString() });
  } catch (err) {
    if (isConflict(err)) return undefined;
    throw err;
  }
  return { userId: doc.userId, issuedAt: doc.issuedAt, ...(doc.subject ? { subject: doc.subject } : {}) };
}
