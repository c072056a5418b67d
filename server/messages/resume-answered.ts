import { canTransition } from '../../domain/lifecycle/request-status';
import type { HistoryEntry } from '../../domain/request/request-document';
import type { StoredRequest } from '../requests';
import { StoreBusyError, updateDocument, type Store } from '../store';

/**
 * A citizen answered the department's question in the Postfach: the request goes back to
 * `in_progress`, so it reappears among the clerks' open work and the question leaves the
 * citizen's to-do list. A question about a full slot is answered by choosing a slot, not by
 * a message, and stays. A lost race (the clerk acted meanwhile) re-reads and decides again;
 * one that keeps losing leaves the request as the clerk set it.
 */
export async function resumeAnsweredRequest(store: Store, requestId: string): Promise<void> {
  await updateDocument<StoredRequest>(store.requests, requestId, (doc) => {
    if (!doc || doc.status !== 'needs_info' || doc.slotAlternatives?.length) return undefined;
    if (!canTransition('system', doc.status, 'in_progress')) return undefined;
    const entry: HistoryEntry = { at: new Date().toISOString(), status: 'in_progress', actor: 'system', reason: 'answered' };
    const { statusReason: _question, ...rest } = doc;
    return { ...rest, status: 'in_progress', history: [...doc.history, entry] };
  }).catch((err: unknown) => {
    if (!(err instanceof StoreBusyError)) throw err;
  });
}
