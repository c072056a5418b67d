import type { Store } from '../store';
import { toDeviceDoc, type StoredRequest } from '../requests';
import { readUserDoc } from './profile-store';
import { removeCasework } from '../clerk/casework';
import { endUserSessions } from '../auth';
import { deleteOwnerFiles } from '../files';
import { toDeviceMessage, type StoredMessage } from '../messages';

const PAGE = 500;

/** Every document of one owner in a database, through its owner index, page by page. */
async function findOwned(db: Store['requests'], selector: Record<string, string>, index?: string): Promise<{ _id: string; _rev: string }[]> {
  const out: { _id: string; _rev: string }[] = [];
  for (let skip = 0; ; skip += PAGE) {
    const found = await db.find({ selector, limit: PAGE, skip, ...(index ? { use_index: index } : {}) } as never);
    out.push(...(found.docs as { _id: string; _rev: string }[]));
    if (found.docs.length < PAGE) return out;
  }
}

/**
 * Everything the portal holds about a citizen, as they may download it (GDPR Art. 15/20):
 * account, profile and requests with their history and the clerks' messages in it. Password
 * hash and sessions are security data, not the person's content, and stay out.
 */
export async function exportAccountData(store: Store, userId: string) {
  const user = await readUserDoc(store, userId);
  const requests = (await findOwned(store.requests, { owner: userId }, 'idx-by-owner')) as unknown as StoredRequest[];
  const messages = (await findOwned(store.messages, { owner: userId }, 'idx-by-owner')) as unknown as StoredMessage[];
  return {
    exportedAt: new Date().toISOString(),
    account: { id: userId, email: user.email, name: user.name, role: user.role, createdAt: user.createdAt },
    profile: user.profile ?? {},
    requests: requests
      .filter((r) => r.type === 'request' && !r.deleted)
      .map((r) => {
        const { _deleted: _d, serverRev: _rev, ...doc } = toDeviceDoc(r);
        return doc;
      }),
    // Retention leaves stripped tombstones (`deleted`): nothing of the person in them.
    messages: messages.filter((m) => m.type === 'message' && !(m as { deleted?: boolean }).deleted).map((m) => toDeviceMessage(m)),
  };
}

async function deleteAll(db: Store['requests'], docs: { _id: string; _rev: string }[]): Promise<void> {
  for (let i = 0; i < docs.length; i += PAGE) {
    const batch = docs.slice(i, i + PAGE).map((d) => ({ _id: d._id, _rev: d._rev, _deleted: true }));
    const results = await db.bulk({ docs: batch });
    // A conflict means someone changed it meanwhile (a clerk, the routing worker): try again.
    const failed = results.filter((r) => r.error === 'conflict').map((r) => r.id);
    if (failed.length) {
      const fresh = await db.fetch({ keys: failed });
      await deleteAll(db, fresh.rows.flatMap((row) => ('doc' in row && row.doc ? [{ _id: row.doc._id, _rev: row.doc._rev }] : [])));
    }
  }
}

/**
 * Deletes an account and its data: requests (with the answers and files they reference),
 * every session, the e-mail claim and the user. Requests go first, so a failure half-way leaves
 * an account that can still log in and try again rather than orphaned data nobody can reach.
 * Files go by owner, also those of drafts the server never saw.
 */
export async function deleteAccount(store: Store, userId: string): Promise<{ requests: number; sessions: number; files: number }> {
  const user = await readUserDoc(store, userId);
  const requests = await findOwned(store.requests, { owner: userId }, 'idx-by-owner');
  // The Postfach and the clerks' internal notes about these requests go with them.
  for (const r of requests) await removeCasework(store, r._id);
  await deleteAll(store.messages, await findOwned(store.messages, { owner: userId }, 'idx-by-owner'));
  await deleteAll(store.requests, requests);
  const files = await deleteOwnerFiles(store, userId);
  const sessions = await endUserSessions(store, userId);
  const claim = await store.users.get(`email:${user.email}`).catch(() => null);
  await deleteAll(store.users, [...(claim ? [{ _id: claim._id, _rev: claim._rev }] : []), { _id: user._id, _rev: user._rev }]);
  return { requests: requests.length, sessions, files };
}
