import type { DocumentScope } from 'nano';
import { getOrNull, isConflict } from './store-connection';

/** Another writer kept winning: the change was re-read and re-applied and never got through. */
export class StoreBusyError extends Error {
  constructor(id: string) {
    super(`document kept changing: ${id}`);
  }
}

/**
 * Read-modify-write under CouchDB's MVCC: `change` gets the current document (null if there is
 * none) and returns the next one, or undefined when there is nothing to write. When another
 * writer got in between, the store refuses our `_rev`, and the change is applied again to what
 * that writer left. Returns the written document, or undefined when nothing was written.
 *
 * On a CouchDB cluster an ok (202) means "not yet known", never "won": a second writer on the
 * same `_rev` may have been accepted too, and one of the two becomes a `_conflicts` leaf that the
 * conflict resolver merges by kind (server/conflicts). Decisions that must be unique are therefore
 * made by the one worker (PORTAL_ROLE, worker lease), not by trusting this answer.
 */
export async function updateDocument<T extends { _id: string; _rev?: string }>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: DocumentScope<any>,
  id: string,
  change: (current: (T & { _rev: string }) | null) => T | undefined,
  attempts = 5,
): Promise<T | undefined> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const next = change(await getOrNull<T>(db, id));
    if (!next) return undefined;
    try {
      const written = await db.insert(next);
      return { ...next, _rev: written.rev };
    } catch (err) {
      if (!isConflict(err)) throw err;
    }
  }
  throw new StoreBusyError(id);
}
