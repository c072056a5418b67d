import { mergeMailLeaves } from '../mail/merge-mail';
import type { OutboxDoc } from '../mail/outbox';
import type { PaymentAttempt, PaymentLedger } from '../payments/payment-ledger';
import type { StoredRequest } from '../requests';
import { mergeRequestLeaves } from './merge-request';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Leaf = { _id: string; _rev: string; [key: string]: any };

/** What a merge leaves to do beyond writing the merged document. */
export interface MergeOutcome {
  merged: Leaf;
  /** Requests that lost their slot place in the merge: they get alternatives (needs_info). */
  overflow?: { slotId: string; requestIds: string[] };
  /** Requests whose reference number must be checked again (a numbering claim was contested). */
  recheckReferences?: string[];
}

/** CouchDB's own winner rule is deterministic too; this one needs no store to agree with it. */
function byRev(a: Leaf, b: Leaf): number {
  const [na, ha] = a._rev.split('-');
  const [nb, hb] = b._rev.split('-');
  return Number(nb) - Number(na) || hb.localeCompare(ha);
}

/** A counter never goes back: the higher value, so no number is handed out twice by it. */
function mergeCounter(leaves: Leaf[]): MergeOutcome {
  const top = [...leaves].sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || byRev(a, b))[0];
  return { merged: top };
}

/**
 * A slot's holders: the union of every leaf's, in a fixed order (the winner's holders first, as
 * they were booked there, then the others'), cut at the slot's capacity as the administrator set
 * it (unknown: nobody is cut). Those beyond it lose the slot.
 */
function mergeSlot(leaves: Leaf[], slotCapacity: number | undefined): MergeOutcome {
  const ordered = [...leaves].sort(byRev);
  const union: string[] = [];
  for (const leaf of ordered) for (const h of (leaf.holders ?? []) as string[]) if (!union.includes(h)) union.push(h);
  const capacity = slotCapacity ?? union.length;
  const holders = union.slice(0, capacity);
  const overflow = union.slice(capacity);
  // A closed day stays closed whichever leaf won: a booking never reopens it.
  const closed = ordered.find((l) => l.closed)?.closed;
  return { merged: { ...ordered[0], holders, ...(closed ? { closed } : {}) }, ...(overflow.length ? { overflow: { slotId: ordered[0]._id, requestIds: overflow } } : {}) };
}

/**
 * A numbering claim (`refno:<Aktenzeichen>`) contested by two requests: the lowest request id
 * keeps the number, the others must be numbered again.
 */
function mergeNumberClaim(leaves: Leaf[]): MergeOutcome {
  const ordered = [...leaves].sort((a, b) => String(a.requestId).localeCompare(String(b.requestId)) || byRev(a, b));
  const requests = [...new Set(ordered.map((l) => String(l.requestId)))];
  return { merged: ordered[0], recheckReferences: requests };
}

/** Two numbers for one request: kept apart for the reference check to choose. */
function mergeAssignment(leaves: Leaf[]): MergeOutcome {
  const ordered = [...leaves].sort((a, b) => String(a.reference).localeCompare(String(b.reference)) || byRev(a, b));
  return { merged: ordered[0], recheckReferences: [ordered[0]._id.slice('ref:'.length)] };
}

const ATTEMPT_RANK: Record<PaymentAttempt['status'], number> = { PAYED: 4, FAILED: 2, CANCELED: 2, INITIAL: 1, CREATING: 0 };

/** Paid wins over every other state: attempts are united by payment id, the further state kept. */
function mergeLedger(leaves: Leaf[]): MergeOutcome {
  const ordered = [...leaves].sort(byRev) as unknown as (PaymentLedger & Leaf)[];
  const attempts = new Map<string, PaymentAttempt>();
  for (const leaf of ordered) {
    for (const a of leaf.attempts ?? []) {
      const known = attempts.get(a.paymentId);
      if (!known || ATTEMPT_RANK[a.status] > ATTEMPT_RANK[known.status] || (ATTEMPT_RANK[a.status] === ATTEMPT_RANK[known.status] && a.updatedAt > known.updatedAt)) {
        attempts.set(a.paymentId, a);
      }
    }
  }
  const list = [...attempts.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.paymentId.localeCompare(b.paymentId));
  const updatedAt = ordered.map((l) => l.updatedAt).sort().at(-1)!;
  return { merged: { ...ordered[0], attempts: list, reconcile: ordered.some((l) => l.reconcile), updatedAt } };
}

/**
 * The merge for one document's leaves, chosen by the kind of document. Kinds without a rule of
 * their own (a lease, a session, a user's profile) keep CouchDB's winner. `slotCapacity` is the
 * capacity of a slot document's slot, read by the caller from the administered figures (the
 * merge itself reads no store).
 */
export function mergeLeaves(leaves: Leaf[], slotCapacity?: number): MergeOutcome {
  const type = leaves[0]?.type;
  if (type === 'request') return { merged: mergeRequestLeaves(leaves as unknown as StoredRequest[]) as unknown as Leaf };
  if (type === 'counter') return mergeCounter(leaves);
  if (type === 'slot') return mergeSlot(leaves, slotCapacity);
  if (type === 'refno') return mergeNumberClaim(leaves);
  if (type === 'reference') return mergeAssignment(leaves);
  if (type === 'payment-ledger') return mergeLedger(leaves);
  if (type === 'mail') return { merged: mergeMailLeaves(leaves as (Leaf & Pick<OutboxDoc, 'state' | 'attempts'>)[]) };
  return { merged: [...leaves].sort(byRev)[0] };
}
