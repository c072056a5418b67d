import { nearestAlternatives, type SlotPool } from '../../domain/slots';
import type { StoredRequest } from '../requests';
import type { Store } from '../store';
import { freeSlots } from './free-slots';
import { overHoldingLimits } from './holding-limits';

/**
 * The first of these slots (in their order) the request may be moved to without its holder going
 * past a holding limit of the catalogue. The request's own slot is not counted against it (it is
 * given up by the move). Undefined when none may take it.
 */
export async function withinLimits<S extends { id: string }>(store: Store, doc: StoredRequest, slots: readonly S[]): Promise<S | undefined> {
  for (const slot of slots) if (!(await overHoldingLimits(store, [doc], new Map([[doc._id, slot.id]]))).size) return slot;
  return undefined;
}

/**
 * The free slots nearest to `wished` that the request's holder may take (the alternatives a
 * citizen is offered when their booking could not be kept): never one a holding limit refuses.
 */
export async function limitedAlternatives(store: Store, pool: SlotPool, doc: StoredRequest, district: string | undefined, wished: string, now: Date, count = 3): Promise<string[]> {
  const free = (await freeSlots(store, pool, district, now)).map((s) => s.id);
  const out: string[] = [];
  for (const id of nearestAlternatives(wished, free, free.length)) {
    if (await withinLimits(store, doc, [{ id }])) out.push(id);
    if (out.length === count) break;
  }
  return out;
}
