import { findService } from '../../domain/catalogue';
import { findPool, slotWish } from '../../domain/slots';
import type { StoredRequest } from '../requests';
import { bookSlot, slotDocId } from '../slots';
import type { Store } from '../store';
import { sendBackOverflow } from './slot-overflow';

const HOLDING = ['received', 'in_progress'];
type Doc = { _id: string; type?: string; holders?: string[] };

/** The slot document a confirmed request must be a holder of. */
function slotIdOf(r: StoredRequest): string | undefined {
  const service = r.confirmedSlot && HOLDING.includes(r.status) && !r.deleted ? findService(r.serviceId, r.catalogueVersion) : undefined;
  const wish = service && slotWish(service, r.answers);
  return wish ? slotDocId(wish.pool, wish.district, r.confirmedSlot!) : undefined;
}

/**
 * A request confirmed for a slot must be one of the slot's holders. Conflict merges keep that
 * only within one document's leaves: a slot merged on one store and replicated to the other as a
 * plain update can drop a holder that only the other store had booked, without any conflict left
 * to resolve. So every change of a slot or of a confirmed request is checked, and a confirmed
 * request missing from its slot is booked again, or, if the slot is full, sent back like any
 * other overflow (needs_info with alternatives). Returns how many were missing.
 */
export async function settleSlotHolders(store: Store, kind: 'requests' | 'counters', docs: readonly Doc[]): Promise<number> {
  const missing = new Map<string, string[]>();
  const add = (slotId: string, requestId: string) => missing.set(slotId, [...(missing.get(slotId) ?? []), requestId]);
  if (kind === 'requests') {
    const confirmed = (docs as unknown as StoredRequest[]).filter((d) => d.type === 'request').map((r) => [r._id, slotIdOf(r)] as const).filter((p): p is readonly [string, string] => !!p[1]);
    if (!confirmed.length) return 0;
    const slots = await store.counters.fetch({ keys: [...new Set(confirmed.map(([, s]) => s))] });
    const holders = new Map<string, string[]>();
    for (const row of slots.rows) if ('doc' in row && row.doc) holders.set(row.id, (row.doc as unknown as Doc).holders ?? []);
    for (const [id, slotId] of confirmed) if (!holders.get(slotId)?.includes(id)) add(slotId, id);
  } else {
    for (const slot of docs.filter((d) => d.type === 'slot')) {
      const at = slot._id.split(':').slice(3).join(':');
      const res = await store.requests.find({ selector: { confirmedSlot: at }, limit: 10_000, use_index: 'idx-by-confirmed-slot' } as never);
      for (const r of res.docs as unknown as StoredRequest[]) if (slotIdOf(r) === slot._id && !slot.holders?.includes(r._id)) add(slot._id, r._id);
    }
  }
  let count = 0;
  for (const [slotId, ids] of missing) {
    count += ids.length;
    const [, poolId, district, ...rest] = slotId.split(':');
    const pool = findPool(poolId);
    if (!pool) continue;
    const held = await bookSlot(store, pool, district === 'all' ? undefined : district, rest.join(':'), ids);
    const out = ids.filter((id) => !held.has(id));
    if (out.length) await sendBackOverflow(store, slotId, out);
  }
  return count;
}
