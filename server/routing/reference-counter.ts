import { formatReference } from '../../domain/request/reference-number';
import { getOrNull, isConflict, type Store } from '../store';

/**
 * Reserves `count` consecutive numbers of a yearly counter. On one store MVCC makes the second
 * of two racing writers retry; on a cluster both can be answered ok and hand out the same
 * numbers — so a reserved number is only a candidate: it belongs to a request once its numbering
 * claim (`refno:<Aktenzeichen>`) is written, and the conflict resolver settles claims that two
 * writers made at once (server/conflicts).
 */
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

export const numberClaimId = (reference: string) => `refno:${reference}`;
export const assignmentId = (requestId: string) => `ref:${requestId}`;

/**
 * Claims fresh numbers for `requestIds`: one `refno:` document per number, created without a
 * `_rev`, so a number some other writer already claimed is refused here and another one taken.
 */
export async function claimNumbers(store: Store, requestIds: readonly string[], prefix: string, year: number): Promise<Map<string, string>> {
  const claimed = new Map<string, string>();
  let missing = [...requestIds];
  for (let round = 0; round < 20 && missing.length; round++) {
    const numbers = await reserveNumbers(store, `counter:${prefix}-${year}`, missing.length);
    const claims = missing.map((requestId, i) => ({ _id: numberClaimId(formatReference(prefix, year, numbers[i])), type: 'refno', requestId }));
    const written = await store.counters.bulk({ docs: claims });
    const again: string[] = [];
    written.forEach((w, i) => {
      if (!w.error) claimed.set(missing[i], claims[i]._id.slice('refno:'.length));
      else if (w.error === 'conflict') again.push(missing[i]);
      else throw new Error(`numbering claim refused: ${w.error}`);
    });
    missing = again;
  }
  if (missing.length) throw new Error(`no free number for ${missing.length} requests`);
  return claimed;
}

/**
 * Reference numbers (Aktenzeichen) for requests, each assigned once. An assignment is its own
 * document keyed by the request id: whichever process creates it first decides the number, so
 * re-running (after a crash, or in a second process) always yields the same reference. A number
 * claimed by a process that then loses the race stays unused — a gap, never a duplicate. Where
 * two stores both accepted an assignment, the conflict resolver keeps one (settle-references).
 */
export async function assignReferences(store: Store, requestIds: string[], prefix: string, year: number): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  if (requestIds.length === 0) return result;
  const existing = await store.counters.fetch({ keys: requestIds.map(assignmentId) });
  for (const row of existing.rows) {
    if ('doc' in row && row.doc) result.set(row.id.slice(4), (row.doc as { reference: string }).reference);
  }
  const missing = requestIds.filter((id) => !result.has(id));
  if (missing.length === 0) return result;
  const claimed = await claimNumbers(store, missing, prefix, year);
  const assignments = missing.map((id) => ({ _id: assignmentId(id), type: 'reference', reference: claimed.get(id)! }));
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
