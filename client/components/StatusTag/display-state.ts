import type { RequestStatus } from '../../../domain/lifecycle/request-status';
import type { RequestDoc } from '../../../domain/request/request-document';

/**
 * What a citizen is told about a request. The lifecycle statuses, plus three that only the
 * device knows: a returned draft (the routing worker found problems), a submission still on
 * this device ("Wartet auf Versand"), and one the server has confirmed but not yet routed.
 */
export type DisplayState = RequestStatus | 'returned' | 'pendingSend' | 'sent';

export function displayState(doc: Pick<RequestDoc, 'status' | 'problems'>, pendingOnDevice: boolean): DisplayState {
  if (doc.status === 'draft') return doc.problems && doc.problems.length > 0 ? 'returned' : 'draft';
  if (doc.status === 'submitted') return pendingOnDevice ? 'pendingSend' : 'sent';
  return doc.status;
}
