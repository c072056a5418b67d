import type { ClaimSummary, LostReportMatch } from '../../domain/api';
import { MATCH_WINDOW_DAYS } from '../../domain/fundsachen';
import type { StoredRequest } from '../requests';
import type { Store } from '../store';

export type { LostReportMatch };

/**
 * Lost reports (service `fundbuero-verlust`) of one category received in the last 90 days: the
 * hint a clerk sees on entering a found item. Read through the inbox index, so the cost grows with
 * the Fundbüro's requests of those days, not with the whole database.
 */
export async function lostReportsLike(store: Store, category: string, now = new Date()): Promise<LostReportMatch[]> {
  const since = new Date(now.getTime() - MATCH_WINDOW_DAYS * 86_400_000).toISOString();
  const result = await store.requests.find({
    selector: {
      department: 'fundbuero',
      receivedAt: { $gt: since },
      serviceId: 'fundbuero-verlust',
      'answers.what': category,
      // Open reports only: a withdrawn, rejected or completed loss is no longer looked for.
      status: { $nin: ['withdrawn', 'rejected', 'completed'] },
    },
    sort: [{ department: 'desc' }, { receivedAt: 'desc' }],
    limit: 100,
    use_index: 'idx-by-department-received',
  } as never);
  return (result.docs as StoredRequest[]).map((doc) => ({
    id: doc._id,
    reference: doc.reference,
    description: String(doc.answers.description ?? ''),
    where: String(doc.answers.where ?? ''),
    when: doc.answers.when as LostReportMatch['when'],
    receivedAt: doc.receivedAt,
  }));
}

export type { ClaimSummary };

/** Claims (service `fundbuero-anspruch`) routed to the Fundbüro, to show beside their items. */
export async function routedClaims(store: Store): Promise<ClaimSummary[]> {
  const result = await store.requests.find({
    selector: { department: 'fundbuero', receivedAt: { $gt: null }, serviceId: 'fundbuero-anspruch' },
    sort: [{ department: 'desc' }, { receivedAt: 'desc' }],
    fields: ['_id', 'reference', 'status', 'answers'],
    limit: 2000,
    use_index: 'idx-by-department-received',
  } as never);
  return (result.docs as StoredRequest[]).map((doc) => ({
    id: doc._id,
    reference: doc.reference,
    status: doc.status,
    itemNumber: String(doc.answers?.itemId ?? '').trim(),
  }));
}
