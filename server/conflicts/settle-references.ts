import { rfReferenceForAktenzeichen } from '../../domain/payments/rf-reference';
import type { StoredRequest } from '../requests';
import { assignmentId, claimNumbers, numberClaimId } from '../routing/reference-counter';
import { getOrNull, isConflict, updateDocument, type Store } from '../store';

const REFERENCE = /^([A-Z]{2,5})-(\d{4})-\d{6}$/;

/**
 * Makes one request's Aktenzeichen agree with the numbering claims after a conflict: the number
 * in its assignment must be claimed by this request (`refno:` names it). If another request won
 * that claim, this one gets a fresh number; the request document then shows the assignment's
 * number (and an open fee's RF reference follows it). Idempotent: run it any number of times.
 */
export async function settleReference(store: Store, requestId: string): Promise<string | undefined> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const assignment = await getOrNull<{ reference: string; _conflicts?: string[] }>(store.counters, assignmentId(requestId));
    if (!assignment) return undefined;
    const claim = await getOrNull<{ requestId: string }>(store.counters, numberClaimId(assignment.reference));
    let reference = assignment.reference;
    if (!claim) {
      try {
        await store.counters.insert({ _id: numberClaimId(reference), type: 'refno', requestId });
      } catch (err) {
        if (!isConflict(err)) throw err;
        continue;
      }
    } else if (claim.requestId !== requestId) {
      const m = REFERENCE.exec(reference);
      if (!m) return undefined;
      reference = (await claimNumbers(store, [requestId], m[1], Number(m[2]))).get(requestId)!;
      try {
        await store.counters.insert({ _id: assignmentId(requestId), _rev: assignment._rev, type: 'reference', reference });
      } catch (err) {
        if (!isConflict(err)) throw err;
        continue;
      }
    }
    await updateDocument<StoredRequest>(store.requests, requestId, (doc) => {
      if (!doc || !doc.reference || doc.reference === reference) return undefined;
      const payment = doc.payment?.state === 'open' ? { ...doc.payment, creditorReference: rfReferenceForAktenzeichen(reference) } : doc.payment;
      return { ...doc, reference, ...(payment ? { payment } : {}) };
    });
    return reference;
  }
  return undefined;
}
