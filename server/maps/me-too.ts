import type { MeTooAnswer } from '../../domain/maps';
import { isOpenReport } from '../../domain/maps';
import { HttpError } from '../http/api-error';
import type { StoredRequest } from '../requests';
import { getOrNull, isConflict, type Store } from '../store';
import { meTooId, reportCount } from './nearby-reports';

const notFound = () => new HttpError(404, 'report_not_found', [], 'map:apiErrors.report_not_found');

/**
 * A citizen joins an open report. Counted once per citizen, whatever the number of presses,
 * devices or racing requests: the document's id is the pair, and the store refuses a second one.
 * Only what the public list shows can be joined (a routed, open Mängelmelder report); anything
 * else is "not found", so the route reveals nothing about other requests.
 */
export async function addMeToo(store: Store, requestId: string, citizenId: string, now = new Date()): Promise<MeTooAnswer> {
  const report = await getOrNull<StoredRequest>(store.requests, requestId);
  if (!report || report.deleted || report.serviceId !== 'maengelmelder' || !report.receivedAt) throw notFound();
  if (report.owner === citizenId) throw new HttpError(409, 'own_report', [], 'map:apiErrors.own_report');
  if (!isOpenReport(report.status)) throw new HttpError(409, 'report_closed', [], 'map:apiErrors.report_closed');
  let counted = true;
  try {
    await store.internal.insert({ _id: meTooId(requestId, citizenId), type: 'metoo', at: now.toISOString() });
  } catch (err) {
    if (!isConflict(err)) throw err;
    counted = false;
  }
  return { count: await reportCount(store, requestId), counted };
}
