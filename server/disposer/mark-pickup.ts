import { PICKUP_NOT_POSSIBLE } from '../../domain/request/history-reason';
import type { PickupOutcome } from '../../domain/disposer/tour';
import { HttpError } from '../http/api-error';
import { updateDocument, type Store } from '../store';
import { onTour, type PickupRecord, type RequestWithPickup } from './tour-list';

const refusal = (status: number, code: string) => new HttpError(status, code, [], `disposer:apiErrors.${code}`);

/**
 * Records the crew's outcome on the request, once: the pickup must be on this very tour (day and
 * district; ids of other tours are answered like unknown ones), and a second mark is refused so
 * a retry or a second phone cannot change what the citizen was told. The citizen reads it in the
 * request's history on the device (it syncs like any status change), the clerk in the case.
 */
export async function markPickup(
  store: Store,
  tour: { day: string; district: string; company: string },
  id: string,
  outcome: PickupOutcome,
  reason: string | undefined,
  now = new Date(),
): Promise<PickupRecord> {
  if (outcome === 'not_possible' && !reason?.trim()) throw new HttpError(400, 'validation_failed', [{ field: 'reason', code: 'required' }], 'disposer:apiErrors.reason_required');
  let result: PickupRecord | undefined;
  await updateDocument<RequestWithPickup>(store.requests, id, (doc) => {
    if (!doc || !onTour(doc, tour.day, tour.district)) throw refusal(404, 'pickup_not_on_tour');
    if (doc.pickup) throw refusal(409, 'already_marked');
    const at = now.toISOString();
    result = { state: outcome, ...(outcome === 'not_possible' ? { reason: reason!.trim() } : {}), at, company: tour.company };
    return {
      ...doc,
      pickup: result,
      updatedAt: at,
      history: [...doc.history, { at, status: doc.status, actor: 'system', reason: outcome === 'done' ? 'pickupDone' : `${PICKUP_NOT_POSSIBLE}${result.reason}`, ...(doc.department ? { department: doc.department } : {}) }],
    };
  });
  return result!;
}
