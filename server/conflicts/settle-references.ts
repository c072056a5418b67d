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

type Doc = { _id: string; type?: string; reference?: string; requestId?: string; _conflicts?: string[] };

/**
 * Numbering can disagree without any document in conflict: replication carries the three
 * databases' changes independently, so a request's assignment may arrive after the resolver
 * settled its contested number (and found nothing to settle), or a worker that had not yet seen
 * a new assignment writes the old number back as a plain update. So every change of a request,
 * an assignment or a claim is checked against the other two, and settled where they disagree;
 * the check is a bulk read, the settlement idempotent. Returns the requests settled.
 */
export async function settleDisagreements(store: Store, kind: 'requests' | 'counters', docs: readonly Doc[]): Promise<number> {
  const suspects = new Set<string>();
  if (kind === 'requests') {
    const requests = docs.filter((d) => d.type === 'request' && d.reference);
    const assignments = await docsByKey(store, requests.map((r) => assignmentId(r._id)));
    for (const r of requests) {
      const a = assignments.get(assignmentId(r._id));
      if (a && a.reference !== r.reference) suspects.add(r._id);
    }
  } else {
    const assignments = docs.filter((d) => d.type === 'reference' && d.reference);
    const claims = await docsByKey(store, assignments.map((a) => numberClaimId(a.reference!)));
    for (const a of assignments) {
      const requestId = a._id.slice('ref:'.length);
      if (claims.get(numberClaimId(a.reference!))?.requestId !== requestId) suspects.add(requestId);
    }
    // A claim names its winner only: the winner is checked here, a loser by its assignment.
    for (const claim of docs) if (claim.type === 'refno' && claim.requestId) suspects.add(claim.requestId);
  }
  for (const id of suspects) await settleReference(store, id);
  return suspects.size;
}

async function docsByKey(store: Store, keys: string[]): Promise<Map<string, Doc>> {
  if (!keys.length) return new Map();
  const res = await store.counters.fetch({ keys });
  const found = new Map<string, Doc>();
  for (const row of res.rows) if ('doc' in row && row.doc) found.set(row.id, row.doc as unknown as Doc);
  return found;
}
