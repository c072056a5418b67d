import { createHmac, randomBytes } from 'node:crypto';
import { getOrNull, isConflict, isNotFound, type Store } from '../store';
import type { SessionUser } from '../../domain/api';

/** How a session was opened, when not by password: a BundID login and its trust level. */
export type SessionLogin = NonNullable<SessionUser['login']>;

/**
 * Server-side sessions. The cookie holds a random token; the store keeps only an HMAC of it
 * under the session secret, so a copy of the database alone can't be replayed as a login.
 */
export class Sessions {
  constructor(
    private readonly store: Store,
    private readonly secret: string,
    private readonly days: number,
  ) {}

  private docId(token: string): string {
    return 'session:' + createHmac('sha256', this.secret).update(token).digest('hex');
  }

  get maxAgeMs(): number {
    return this.days * 86_400_000;
  }

  async create(userId: string, login?: SessionLogin): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = Date.now();
    await this.store.sessions.insert({
      _id: this.docId(token),
      userId,
      ...(login ? { login } : {}),
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(now + this.maxAgeMs).toISOString(),
    });
    return token;
  }

  /** The user id of a live session, or undefined. */
  async resolve(token: string): Promise<string | undefined> {
    return (await this.resolveLogin(token))?.userId;
  }

  /** The user id of a live session and how it was opened (a BundID login's trust level). */
  async resolveLogin(token: string): Promise<{ userId: string; login?: SessionLogin } | undefined> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
    const doc = await getOrNull<{ userId: string; expiresAt: string; login?: SessionLogin }>(this.store.sessions, this.docId(token));
    if (!doc || doc.expiresAt < new Date().toISOString()) return undefined;
    return { userId: doc.userId, ...(doc.login ? { login: doc.login } : {}) };
  }

  /** Deletes sessions past their expiry; returns how many. Runs periodically in every process. */
  async removeExpired(now = new Date()): Promise<number> {
    const found = await this.store.sessions.find({
      selector: { expiresAt: { $lt: now.toISOString() } },
      fields: ['_id', '_rev'],
      limit: 1000,
      use_index: 'idx-by-expiry',
    } as never);
    if (found.docs.length === 0) return 0;
    const results = await this.store.sessions.bulk({
      docs: found.docs.map((d: { _id: string; _rev: string }) => ({ _id: d._id, _rev: d._rev, _deleted: true })),
    });
    // A conflict means another process deleted it first: just as good.
    return results.filter((r) => !r.error).length;
  }

  async destroy(token: string): Promise<void> {
    try {
      const doc = await this.store.sessions.get(this.docId(token));
      await this.store.sessions.destroy(doc._id, doc._rev);
    } catch (err) {
      if (!isNotFound(err) && !isConflict(err)) throw err;
    }
  }
}

/**
 * Ends every session of a person at once, on every device: for a deactivated account or a
 * deleted one. Sessions are found through their user index, page by page.
 */
export async function endUserSessions(store: Store, userId: string): Promise<number> {
  let ended = 0;
  for (let round = 0; round < 100; round++) {
    const found = await store.sessions.find({ selector: { userId }, fields: ['_id', '_rev'], limit: 500, use_index: 'idx-by-user' } as never);
    if (found.docs.length === 0) return ended;
    const results = await store.sessions.bulk({
      docs: found.docs.map((d: { _id: string; _rev: string }) => ({ _id: d._id, _rev: d._rev, _deleted: true })),
    });
    // A conflict is a session touched meanwhile: the next round finds it again.
    ended += results.filter((r) => !r.error).length;
  }
  return ended;
}
