import { formatReference } from '../../domain/request/reference-number';
import { getOrNull, isConflict, type Store } from '../store';

/** Reserves `count` consecutive numbers of a yearly counter; CouchDB's MVCC serialises callers. */
async function reserveNumbers(store: Store, counterId: string, count: number): Promise<number[]> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const counter = await getOrNull<{ value: number }>(store.counters, counterId);
    const first = (counter?.value ?? 0) + 1;
    try {
      await store.counters.insert({ _id: counterId, ...(counter ? { _rev: counter._rev } : {}), type: 'counter', value: first + count - 1 });
      return Array.from({ length: count }, (_, i) => first + i);
    } catch (err) {
      if (!isConflict(err)) throw err;
    }
  }
  throw new Error(`counter ${counterId} stayed contended`);
}

/**
 * Reference numbers (Aktenzeichen) for requests, each assigned once. An assignment is its own
 * document keyed by the request id: whichever process creates it first decides the number, so
 * re-running (after a crash, or in a second process) always yields the same reference. A number
 * reserved by a process that then loses the race stays unused — a gap, never a duplicate.
 */
export async function assignReferences(store: Store, requestIds: string[], prefix: string, year: number): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  if (requestIds.length === 0) return result;
  const existing = await store.counters.fetch({ keys: requestIds.map((id) => `ref:${id}`) });
  for (const row of existing.rows) {
    if ('doc' in row && row.doc) result.set(row.id.slice(4), (row.doc as { reference: string }).reference);
  }
  const missing = requestIds.filter((id) => !result.has(id));
  if (missing.length === 0) return result;
  const numbers = await reserveNumbers(store, `counter:${prefix}-${year}`, missing.length);
  const assignments = missing.map((id, i) => ({ _id: `ref:${id}`, type: 'reference', reference: formatReference(prefix, year, numbers[i]) }));
  const written = await store.counters.bulk({ docs: assignments });
  const lost: string[] = [];
  written.forEach((w, i) => {
    if (!w.error) result.set(missing[i], assignments[i].reference);
    else if (w.error === 'conflict') lost.push(assignments[i]._id);
    else throw new Error(`reference assignment refused: ${w.error}`);
  });
  if (lost.length) {
    const winners = await store.counters.fetch({ keys: lost });
    for (const row of winners.rows) {
      if ('doc' in row && row.doc) result.set(row.id.slice(4), (row.doc as { reference: string }).reference);
    }
  }
  return result;
}

export async function assignReference(store: Store, requestId: string, prefix: string, year: number): Promise<string> {
  return (await assignReferences(store, [requestId], prefix, year)).get(requestId)!;
}
