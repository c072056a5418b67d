import { formatReference } from '../../domain/request/reference-number';
import { isConflict, isNotFound, type Store } from '../store';

async function getOrNull<T>(db: Store['counters'], id: string): Promise<(T & { _rev: string }) | null> {
  try {
    return (await db.get(id)) as T & { _rev: string };
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}

/** Next number of a yearly counter; CouchDB's MVCC serialises concurrent callers. */
async function nextNumber(store: Store, counterId: string): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const counter = await getOrNull<{ value: number }>(store.counters, counterId);
    const value = (counter?.value ?? 0) + 1;
    try {
      await store.counters.insert({ _id: counterId, ...(counter ? { _rev: counter._rev } : {}), type: 'counter', value });
      return value;
    } catch (err) {
      if (!isConflict(err)) throw err;
    }
  }
  throw new Error(`counter ${counterId} stayed contended`);
}

/**
 * The reference number (Aktenzeichen) of a request, assigned once. The assignment is its own
 * document keyed by the request id: whichever process creates it first decides the number, so
 * re-running (after a crash, or in a second process) always yields the same reference. A number
 * drawn by a process that then loses the race stays unused — a gap, never a duplicate.
 */
export async function assignReference(store: Store, requestId: string, prefix: string, year: number): Promise<string> {
  const assignmentId = `ref:${requestId}`;
  const existing = await getOrNull<{ reference: string }>(store.counters, assignmentId);
  if (existing) return existing.reference;
  const reference = formatReference(prefix, year, await nextNumber(store, `counter:${prefix}-${year}`));
  try {
    await store.counters.insert({ _id: assignmentId, type: 'reference', reference });
    return reference;
  } catch (err) {
    if (!isConflict(err)) throw err;
    return ((await store.counters.get(assignmentId)) as { reference: string }).reference;
  }
}
