import { requestSearchWords, SEARCH_WORDS_VERSION } from '../../domain/search';
import type { Logger } from '../logger';
import { updateDocument, type Store } from '../store';
import type { StoredRequest } from './stored-request';

/**
 * Keeps each request's search words (domain/search) in step with what they are made of: the
 * reference and answers (set at routing, changed by a push) and the citizen's name (changed in
 * the profile). The inbox search reads them through a view, so a clerk's word is a key range
 * instead of a scan of the department, and the citizen's name needs no second lookup.
 */
export function withSearchWords<T extends StoredRequest>(doc: T, citizenName: string | undefined): T {
  return { ...doc, search: { v: SEARCH_WORDS_VERSION, words: requestSearchWords(doc, citizenName) } };
}

/** The citizens' names, by owner id. */
export async function citizenNames(store: Store, owners: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (owners.length === 0) return out;
  const res = await store.users.fetch({ keys: [...new Set(owners)].map((o) => `user:${o}`) });
  for (const row of res.rows) {
    const doc = 'doc' in row ? (row.doc as { _id: string; name?: unknown } | null) : null;
    if (doc && typeof doc.name === 'string') out.set(doc._id.slice('user:'.length), doc.name);
  }
  return out;
}

const sameWords = (a: StoredRequest['search'], b: StoredRequest['search']) => a?.v === b?.v && a?.words.join(' ') === b?.words.join(' ');

/**
 * After a name change: every request of the citizen gets its words again (one read-modify-write
 * each, so no clerk's write is overwritten). The account carries `searchWordsPending` from the
 * same write that changed the name until this is done, so a process that dies halfway leaves a
 * mark the start-up repair finishes (finishInterruptedRenames).
 */
export async function refreshOwnerSearchWords(store: Store, owner: string, name: string): Promise<void> {
  const res = await store.requests.find({ selector: { owner }, fields: ['_id'], limit: 100_000, use_index: 'idx-by-owner' } as never);
  for (const { _id } of res.docs as { _id: string }[]) {
    await updateDocument<StoredRequest>(store.requests, _id, (doc) => {
      if (!doc || doc.type !== 'request') return undefined;
      const next = withSearchWords(doc, name);
      return sameWords(doc.search, next.search) ? undefined : next;
    });
  }
  // Cleared only while the name is still the one written: a newer rename keeps its own mark.
  await updateDocument<{ _id: string; name?: string; searchWordsPending?: boolean }>(store.users, `user:${owner}`, (user) => {
    if (!user?.searchWordsPending || user.name !== name) return undefined;
    const { searchWordsPending: _done, ...rest } = user;
    return rest;
  });
}

/** Renames whose requests were not all given the new name's words (the process stopped between): finished now. */
export async function finishInterruptedRenames(store: Store, logger?: Logger): Promise<number> {
  const res = await store.users.find({ selector: { searchWordsPending: true }, fields: ['_id', 'name'], limit: 10_000, use_index: 'idx-by-search-words-pending' } as never);
  const users = res.docs as { _id: string; name?: string }[];
  for (const user of users) {
    if (typeof user.name === 'string') await refreshOwnerSearchWords(store, user._id.slice('user:'.length), user.name);
  }
  if (users.length) logger?.info({ renames: users.length }, 'interrupted renames finished in the search words');
  return users.length;
}

const BATCH = 500;

/**
 * Requests stored without words (before this existed) or with words of an older version get
 * them at start (after any rename left unfinished), found by a view that lists exactly those. Safe in several processes at once:
 * each write names its `_rev`, and a request another writer changed meanwhile is read again on
 * the next round.
 */
export async function deriveMissingSearchWords(store: Store, logger?: Logger): Promise<number> {
  await finishInterruptedRenames(store, logger);
  let derived = 0;
  for (let round = 0; round < 10_000; round++) {
    const res = await store.requests.view('inbox-search', 'stale', { limit: BATCH, include_docs: true });
    const docs = res.rows.map((r) => r.doc as StoredRequest | undefined).filter((d): d is StoredRequest => !!d && d.type === 'request');
    if (docs.length === 0) break;
    const names = await citizenNames(store, docs.map((d) => d.owner));
    const results = await store.requests.bulk({ docs: docs.map((d) => withSearchWords(d, names.get(d.owner))) });
    const failed = results.filter((r) => r.error && r.error !== 'conflict');
    if (failed.length) throw new Error(`search words refused for ${failed[0].id}: ${failed[0].error}`);
    const written = results.filter((r) => !r.error).length;
    derived += written;
    // Only conflicts this round: another writer is busy with these; the next start takes them.
    if (written === 0) break;
  }
  if (derived) logger?.info({ derived }, 'search words derived for stored requests');
  return derived;
}
