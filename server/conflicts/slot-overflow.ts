import { findPool } from '../../domain/slots';
import type { StoredRequest } from '../requests';
import { SLOT_TAKEN_REASON } from '../routing/route-request';
import { alternativesFor } from '../slots';
import { updateDocument, type Store } from '../store';

/**
 * Requests that lost their place when two stores booked the same slot past its capacity: each
 * goes back to the citizen as `needs_info` with the nearest free slots, as routing does when a
 * wished slot is taken. One that no longer holds that slot (moved, withdrawn) is left alone.
 */
export async function sendBackOverflow(store: Store, slotId: string, requestIds: readonly string[], now = new Date()): Promise<void> {
  const [, poolId, district, ...rest] = slotId.split(':');
  const slot = rest.join(':');
  const pool = findPool(poolId);
  if (!pool) return;
  const alternatives = await alternativesFor(store, pool, district === 'all' ? undefined : district, slot, now);
  for (const id of requestIds) {
    await updateDocument<StoredRequest>(store.requests, id, (doc) => {
      if (!doc || doc.confirmedSlot !== slot || !['received', 'in_progress'].includes(doc.status)) return undefined;
      const { confirmedSlot: _lost, ...kept } = doc;
      return {
        ...kept,
        status: 'needs_info',
        slotAlternatives: alternatives,
        history: [...doc.history, { at: now.toISOString(), status: 'needs_info', actor: 'system', reason: SLOT_TAKEN_REASON, department: doc.department }],
      };
    });
  }
}
