import { findService, holderKey, holdingLimitOf, limitPeriod, type HoldingLimit, type HoldingLimitReason } from '../../domain/catalogue';
import { slotWish } from '../../domain/slots';
import type { StoredRequest } from '../requests';
import type { Store } from '../store';

type Held = Pick<StoredRequest, 'owner' | 'serviceId' | 'catalogueVersion' | 'answers' | 'status' | 'deleted' | 'confirmedSlot'> & { _id: string };

/** Statuses in which a request no longer holds its slot. */
const RELEASED = new Set(['draft', 'withdrawn', 'rejected']);

interface Claim {
  limit: HoldingLimit;
  key: string;
  period: string;
}

function claimOf(doc: Pick<Held, 'owner' | 'serviceId' | 'catalogueVersion' | 'answers'>, slot: string): Claim | undefined {
  const service = findService(doc.serviceId, doc.catalogueVersion);
  const wish = service && slotWish(service, { ...doc.answers });
  const limit = wish && holdingLimitOf(wish.pool.id);
  const key = limit && holderKey(limit, doc.owner, doc.answers);
  if (!limit || !key) return undefined;
  return { limit, key, period: limitPeriod(limit, slot) };
}

/** Slots confirmed in a period (a day or a year), across all pools: one indexed range read. */
async function heldIn(store: Store, period: string): Promise<Held[]> {
  const res = await store.requests.find({
    selector: { confirmedSlot: { $gte: period, $lt: `${period}\uffff` } },
    fields: ['_id', 'owner', 'serviceId', 'catalogueVersion', 'answers', 'status', 'deleted', 'confirmedSlot'],
    limit: 100_000,
    use_index: 'idx-by-confirmed-slot',
  } as never);
  return res.docs as Held[];
}

/**
 * Which of these requests (about to be given their wished slot) would take their sender past a
 * holding limit of the catalogue: what the holder already holds in the store, plus what the
 * requests before it in this batch take. A request counts itself only once (sent again with
 * another slot, its old one is given back).
 */
export async function overHoldingLimits(store: Store, docs: readonly StoredRequest[], wished: ReadonlyMap<string, string>): Promise<Map<string, HoldingLimitReason>> {
  const over = new Map<string, HoldingLimitReason>();
  const claims = new Map<string, Claim>();
  for (const doc of docs) {
    const slot = wished.get(doc._id);
    const claim = slot && claimOf(doc, slot);
    if (claim) claims.set(doc._id, claim);
  }
  const periods = new Map<string, Promise<Held[]>>();
  for (const claim of claims.values()) if (!periods.has(claim.period)) periods.set(claim.period, heldIn(store, claim.period));
  const counts = new Map<string, number>();
  const batchIds = new Set(claims.keys());
  for (const [period, reading] of periods) {
    for (const held of await reading) {
      if (batchIds.has(held._id) || held.deleted || RELEASED.has(held.status) || !held.confirmedSlot) continue;
      const claim = claimOf(held, held.confirmedSlot);
      if (!claim || claim.period !== period) continue;
      const bucket = `${claim.limit.pool}|${claim.key}|${period}`;
      counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
    }
  }
  for (const [id, claim] of claims) {
    const bucket = `${claim.limit.pool}|${claim.key}|${claim.period}`;
    const taken = counts.get(bucket) ?? 0;
    if (taken >= claim.limit.max) over.set(id, claim.limit.reason);
    else counts.set(bucket, taken + 1);
  }
  return over;
}
